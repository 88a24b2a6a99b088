package org.hoctap.shared.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Prepared statements kept per connection and reused, so that SQLite parses each statement of the
 * hot paths once rather than on every call. A connection is used by one thread at a time (the
 * writer by the thread committing, a reader by the thread that took it); a statement is moreover
 * taken out of the cache while it runs. The least recently used statements are closed past a bound.
 */
final class StatementCache {
    private static final int MOST_PER_CONNECTION = 128;
    private static final Map<Connection, Map<String, PreparedStatement>> BY_CONNECTION = new WeakHashMap<>();

    private StatementCache() {
    }

    /**
     * Takes the statement for {@code sql} out of {@code c}'s cache (preparing one when there is none),
     * so that a nested call with the same SQL gets a statement of its own; hand it back with
     * {@link #giveBack}.
     */
    static PreparedStatement take(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> statements = statementsOf(c);
        PreparedStatement statement;
        synchronized (statements) {
            statement = statements.remove(sql);
        }
        return statement == null || statement.isClosed() ? c.prepareStatement(sql) : statement;
    }

    /** Puts a statement back for the next call, or closes it when its execution failed. */
    static void giveBack(Connection c, String sql, PreparedStatement statement, boolean reusable) {
        if (!reusable) {
            closeQuietly(statement);
            return;
        }
        Map<String, PreparedStatement> statements = statementsOf(c);
        PreparedStatement replaced;
        synchronized (statements) {
            replaced = statements.put(sql, statement);
        }
        if (replaced != null && replaced != statement) {
            closeQuietly(replaced);
        }
    }

    private static Map<String, PreparedStatement> statementsOf(Connection c) {
        synchronized (BY_CONNECTION) {
            return BY_CONNECTION.computeIfAbsent(c, k -> new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                    if (size() <= MOST_PER_CONNECTION) {
                        return false;
                    }
                    closeQuietly(eldest.getValue());
                    return true;
                }
            });
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.close();
        } catch (SQLException ignored) {
            // a statement we no longer use
        }
    }
}
