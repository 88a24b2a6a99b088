package org.hoctap.shared.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Copies of a database made with SQLite's online backup (a consistent snapshot, page by page, even
 * while the kiosk or the gateway goes on writing in another process), and the check that a file is
 * an intact database of ours before anything relies on it.
 */
public final class Backups {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private Backups() {
    }

    /**
     * Copies the database at {@code source} to {@code target} (which must not exist) and checks the copy.
     *
     * @throws IOException when the copy cannot be made or is not intact (the copy is then removed)
     */
    public static void copy(Path source, Path target) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("no database at " + source);
        }
        if (Files.exists(target)) {
            throw new IOException(target + " exists already");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection c = config.createConnection("jdbc:sqlite:" + source.toAbsolutePath());
                Statement statement = c.createStatement()) {
            statement.executeUpdate("backup to " + quoted(target));
        } catch (SQLException e) {
            Files.deleteIfExists(target);
            throw new IOException("cannot copy " + source + ": " + e.getMessage(), e);
        }
        // The copy keeps the source's WAL mode: made a plain journal, it stays one self-contained file.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath());
                Statement statement = c.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            Files.deleteIfExists(target);
            throw new IOException("cannot finish the copy " + target + ": " + e.getMessage(), e);
        }
        Optional<String> problem = problem(target);
        if (problem.isPresent()) {
            Files.deleteIfExists(target);
            throw new IOException("the copy of " + source + " is not intact: " + problem.get());
        }
    }

    /** What is wrong with {@code file} as one of our databases; empty when it is intact and migrated by us. */
    public static Optional<String> problem(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("there is no file " + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement statement = c.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                String result = rows.next() ? rows.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    return Optional.of("SQLite finds it damaged (" + result + ")");
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT count(*) FROM flyway_schema_history WHERE success = 1")) {
                if (!rows.next() || rows.getLong(1) == 0) {
                    return Optional.of("it is not a hoctap database (no schema history)");
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getMessage().contains("no such table") ? "it is not a hoctap database"
                    : "it cannot be read as a database: " + e.getMessage());
        }
    }

    private static String quoted(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.contains("\"")) {
            throw new IllegalArgumentException("a backup's path must not contain a double quote: " + path);
        }
        return "\"" + path + "\"";
    }
}
