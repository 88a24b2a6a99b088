package org.hoctap.kiosk.web;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.SqlWork;

/**
 * The database as route handlers use it: every call runs on the kiosk's worker pool, never on an
 * event loop, and completes its future on the caller's context once the work has returned (for a
 * write: once it is on disk).
 */
public final class StoreAccess {
    private final Database db;
    private final WorkerExecutor workers;

    public StoreAccess(Database db, WorkerExecutor workers) {
        this.db = db;
        this.workers = workers;
    }

    /** A read in one snapshot. */
    public <T> Future<T> read(SqlWork<T> work) {
        return blocking(() -> db.read(work));
    }

    /** A durable write in one transaction. */
    public <T> Future<T> write(SqlWork<T> work) {
        return write(work, () -> { }, () -> { });
    }

    /**
     * A durable write in one transaction, with {@code starts} run on the worker thread just before it and
     * {@code ends} just after it returns or throws (to time it).
     */
    public <T> Future<T> write(SqlWork<T> work, Runnable starts, Runnable ends) {
        return blocking(() -> {
            starts.run();
            try {
                return db.write(work);
            } finally {
                ends.run();
            }
        });
    }

    /** Other blocking work, such as streaming an export from a read. Calls do not wait for each other. */
    public <T> Future<T> blocking(Callable<T> work) {
        return workers.executeBlocking(work, false);
    }

    public Database database() {
        return db;
    }
}
