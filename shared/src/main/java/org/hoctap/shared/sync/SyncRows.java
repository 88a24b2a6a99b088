package org.hoctap.shared.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hoctap.shared.store.Jdbc;

/** Records as they travel (column → value) read from and stored into either side's database. */
public final class SyncRows {
    private SyncRows() {
    }

    /** The record as it is now; empty when it is gone. */
    public static Optional<Map<String, Object>> read(Connection c, SyncTable table, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM " + table.table() + " WHERE " + table.key() + " = ?", SyncRows::row, id);
    }

    /** The table's columns, to check a record's against before its names go into SQL. */
    public static Set<String> columns(Connection c, SyncTable table) throws SQLException {
        return Set.copyOf(Jdbc.list(c, "SELECT name FROM pragma_table_info(?)", r -> r.getString(1), table.table()));
    }

    /**
     * Stores the record: a fact once (a second copy ignored), anything else inserted or replaced by
     * this newest copy. The caller has checked its column names against {@link #columns}.
     */
    public static void store(Connection c, SyncTable table, Map<String, Object> row) throws SQLException {
        List<String> names = List.copyOf(new TreeSet<>(row.keySet()));
        String insert = "INSERT INTO " + table.table() + " (" + String.join(", ", names) + ") VALUES ("
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
        String sql = table.fact() ? insert + " ON CONFLICT DO NOTHING"
                : insert + " ON CONFLICT (" + table.key() + ") DO UPDATE SET " + names.stream()
                        .filter(n -> !n.equals(table.key())).map(n -> n + " = excluded." + n)
                        .collect(Collectors.joining(", "));
        Jdbc.update(c, sql, names.stream().map(row::get).toArray());
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnName(i), rs.getObject(i));
        }
        return row;
    }
}
