package org.hoctap.shared.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Small helpers over JDBC so that stores read as their SQL. */
public final class Jdbc {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static final Object[] NO_PARAMS = {};
    private static final DateTimeFormatter INSTANT_TEXT =
            new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

    private Jdbc() {
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        each(c, sql, mapper, rows::add, params);
        return rows;
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        return withStatement(c, sql, params, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(mapper.map(rows)) : Optional.<T>empty();
            }
        });
    }

    /** Streams rows to {@code sink} one at a time, for results too large to hold. */
    public static <T> void each(Connection c, String sql, RowMapper<T> mapper, Consumer<T> sink, Object... params)
            throws SQLException {
        withStatement(c, sql, params, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(mapper.map(rows));
                }
            }
            return null;
        });
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        return withStatement(c, sql, params, PreparedStatement::executeUpdate);
    }

    /**
     * Runs a statement that takes no parameters and returns no rows (BEGIN, SAVEPOINT, RELEASE…),
     * prepared once per connection like the others: the hot paths run several per transaction.
     */
    public static void execute(Connection c, String sql) throws SQLException {
        withStatement(c, sql, NO_PARAMS, PreparedStatement::executeUpdate);
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return one(c, sql, row -> row.getLong(1), params).orElse(0L);
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs {@code work} on the connection's cached statement for {@code sql} with {@code params}
     * bound; the statement is taken out of the cache while it runs and put back when all went well.
     */
    private static <T> T withStatement(Connection c, String sql, Object[] params, StatementWork<T> work)
            throws SQLException {
        PreparedStatement statement = StatementCache.take(c, sql);
        boolean ran = false;
        try {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, toSql(params[i]));
            }
            T result = work.run(statement);
            ran = true;
            return result;
        } finally {
            StatementCache.giveBack(c, sql, statement, ran);
        }
    }

    /**
     * Optionals become values or NULL; enums their names; instants and dates ISO text. Instants always
     * have nine fraction digits so that their text sorts and compares in time order (the default
     * {@code Instant.toString()} drops a zero fraction, and "…:00Z" sorts after "…:00.5Z").
     */
    static Object toSql(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(Jdbc::toSql).orElse(null);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant instant) {
            return INSTANT_TEXT.format(instant);
        }
        if (value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return value;
    }
}
