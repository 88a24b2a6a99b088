package org.hoctap.shared.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite database file: WAL, foreign keys on, migrations applied on open.
 *
 * <p>There is a single writer connection, with {@code synchronous=FULL}: when {@link #write} returns
 * the change is on disk and may be acknowledged to a person. Writes from threads that come together
 * share a transaction and its disk sync ({@link GroupCommit}), each still committed or rolled back
 * on its own. Reads run on a few read-only connections beside it (WAL lets them),
 * each {@link #read} in one snapshot. Between calls no transaction is held open, so other processes
 * (a backup, an import) can use the file too. Calls block: never call them on an event loop.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final GroupCommit writes;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final String url;
    private volatile boolean closed;

    private Database(Path file) throws SQLException {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.writes = new GroupCommit(connect(false), file.toString());
        for (int i = 0; i < READERS; i++) {
            readers.add(connect(true));
        }
    }

    /** Opens (creating if needed) the database at {@code file} and brings its schema up to date. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Migrations.apply(file);
            return new Database(file);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open the database " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one durable transaction; commits when it returns, rolls back when it throws. */
    public <T> T write(SqlWork<T> work) {
        return writes.write(work);
    }

    /**
     * Runs {@code work} as {@link #write} would, then rolls it back: what it would do, changing
     * nothing (a dry run).
     */
    public <T> T tryOut(SqlWork<T> work) {
        List<T> result = new ArrayList<>(1);
        try {
            write(c -> {
                result.add(work.run(c));
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            return result.get(0);
        }
        throw new IllegalStateException("a tried-out write was not rolled back");
    }

    /** Ends a tried-out write's transaction, which rolls it back. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }

    /** Writes waiting for the transaction under way to end (for tests). */
    int writesWaiting() {
        return writes.waitingCount();
    }

    /** Transactions committed since opening (for tests). */
    long commits() {
        return writes.commits();
    }

    /** Runs {@code work} on a read-only connection that sees the last committed state. */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection connection = takeReader();
        try {
            return inTransaction(connection, "BEGIN", work);
        } finally {
            readers.add(connection);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        writes.close();
        for (int i = 0; i < READERS; i++) {
            closeQuietly(takeReader());
        }
    }

    private Connection connect(boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Ids are made by us (UUIDv7): no need for the driver to ask SQLite for a rowid after each insert.
        config.setGetGeneratedKeys(false);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return config.createConnection(url);
    }

    private Connection takeReader() {
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the database " + file + " is closed");
        }
    }

    private static <T> T inTransaction(Connection connection, String begin, SqlWork<T> work) {
        try {
            Jdbc.execute(connection, begin);
        } catch (SQLException e) {
            throw wrap(e);
        }
        try {
            T result = work.run(connection);
            Jdbc.execute(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                Jdbc.execute(connection, "ROLLBACK");
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw wrap(e);
        }
    }

    private static RuntimeException wrap(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return e instanceof RuntimeException runtime ? runtime : new StoreException(e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing left to save
        }
    }
}
