package org.hoctap.shared.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/** Reading typed values out of a row, NULL as empty. */
public final class Rows {
    private Rows() {
    }

    public static Optional<String> optionalString(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    public static OptionalInt optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        return instant(row.getString(column));
    }

    /** An instant as the store writes it (see {@link Jdbc}), read quickly. */
    public static Instant instant(String stored) {
        return StoredInstants.parse(stored);
    }

    public static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        return optionalString(row, column).map(StoredInstants::parse);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return LocalDate.parse(row.getString(column));
    }

    public static Optional<LocalDate> optionalDate(ResultSet row, String column) throws SQLException {
        return optionalString(row, column).map(LocalDate::parse);
    }

    public static <E extends Enum<E>> E enumValue(ResultSet row, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, row.getString(column));
    }

    public static <E extends Enum<E>> Optional<E> optionalEnum(ResultSet row, String column, Class<E> type)
            throws SQLException {
        return optionalString(row, column).map(name -> Enum.valueOf(type, name));
    }
}
