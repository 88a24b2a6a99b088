package org.hoctap.shared.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * Applies the numbered schema migrations in {@code db/migration} at start-up. A database that is up to
 * date already (the usual start) is told by one query, without Flyway: Flyway and the JSON library it
 * brings are a thousand classes, which a kiosk on a Raspberry Pi would otherwise keep in memory for
 * nothing.
 */
final class Migrations {
    /** The newest migration's version; a test keeps it equal to the newest file in {@code db/migration}. */
    static final int LATEST = 23;

    private Migrations() {
    }

    static void apply(Path file) {
        if (isUpToDate(file)) {
            return;
        }
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file.toAbsolutePath(), null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** Whether Flyway's history says every migration up to {@link #LATEST} succeeded and none failed. */
    static boolean isUpToDate(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement statement = c.createStatement()) {
            try (ResultSet table = statement.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!table.next() || table.getInt(1) == 0) {
                    return false;
                }
            }
            try (ResultSet history = statement.executeQuery("""
                    SELECT coalesce(max(CASE WHEN success = 1 THEN CAST(version AS INTEGER) END), 0),
                           count(CASE WHEN success = 0 THEN 1 END)
                    FROM flyway_schema_history WHERE version IS NOT NULL""")) {
                return history.next() && history.getInt(1) == LATEST && history.getInt(2) == 0;
            }
        } catch (SQLException e) {
            return false; // let Flyway look, and say what is wrong
        }
    }
}
