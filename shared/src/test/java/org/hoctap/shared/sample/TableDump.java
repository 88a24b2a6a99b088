package org.hoctap.shared.sample;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;

/** Every row of every domain table as text, tables by name and rows by primary key, for comparing databases. */
final class TableDump {
    private TableDump() {
    }

    static List<String> of(Database db) {
        return db.read(TableDump::dump);
    }

    private static List<String> dump(Connection c) throws SQLException {
        List<String> tables = Jdbc.list(c, """
                SELECT name FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name""",
                row -> row.getString(1));
        List<String> lines = new ArrayList<>();
        for (String table : tables) {
            List<String> key = Jdbc.list(c, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk",
                    row -> row.getString(1), table);
            String order = key.isEmpty() ? "rowid" : String.join(", ", key);
            try (Statement statement = c.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    StringBuilder line = new StringBuilder(table);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        line.append('|').append(meta.getColumnName(i)).append('=').append(rows.getString(i));
                    }
                    lines.add(line.toString());
                }
            }
        }
        return lines;
    }
}
