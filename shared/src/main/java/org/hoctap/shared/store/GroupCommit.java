package org.hoctap.shared.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The single writer connection, shared by writes from many threads: writes that arrive while a
 * transaction is committing wait for it, then the first of them runs all that are waiting in one
 * transaction, each behind its own savepoint, and one disk sync makes them all durable. A lone
 * write runs at once in its own transaction, as it would without grouping.
 *
 * <p>Each write keeps its own outcome: one that throws is rolled back to its savepoint alone and
 * its caller gets the exception; the others commit. When the transaction as a whole cannot commit,
 * every write in it fails and nothing of it is stored. A caller returns only after the commit that
 * made its change durable.
 */
final class GroupCommit {
    private static final int MOST_PER_TRANSACTION = 1_000;
    private static final String SAVEPOINT = "group_write";

    private final Connection writer;
    private final String name;
    private final ConcurrentLinkedQueue<Write<?>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition turnEnded = lock.newCondition();
    private final AtomicLong commits = new AtomicLong();
    private boolean leading;
    private volatile Thread leader;
    private boolean closed;

    GroupCommit(Connection writer, String name) {
        this.writer = writer;
        this.name = name;
    }

    /** Runs {@code work} in a durable transaction, perhaps shared with other writes; see the class comment. */
    <T> T write(SqlWork<T> work) {
        if (Thread.currentThread() == leader) {
            // It would wait for the transaction it is part of, for ever.
            throw new IllegalStateException("a write inside a write: use the connection the outer write was given");
        }
        Write<T> mine = new Write<>(work);
        waiting.add(mine);
        if (!takeTurn(mine)) {
            return mine.outcome();
        }
        try {
            while (!mine.done) {
                runGroup();
            }
        } finally {
            endTurn();
        }
        return mine.outcome();
    }

    /** Writes queued and not yet taken into a transaction (for tests). */
    int waitingCount() {
        return waiting.size();
    }

    /** Transactions committed so far (for tests). */
    long commits() {
        return commits.get();
    }

    /** Closes the writer connection once the writes under way are done; later writes fail. */
    void close() {
        lock.lock();
        try {
            while (leading) {
                turnEnded.awaitUninterruptibly();
            }
            if (closed) {
                return;
            }
            closed = true;
            try {
                writer.close();
            } catch (SQLException ignored) {
                // closing: every acknowledged write is committed already
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code mine} is done by another thread (false) or it is this thread's turn to lead (true). */
    private boolean takeTurn(Write<?> mine) {
        lock.lock();
        try {
            while (leading && !mine.done) {
                turnEnded.awaitUninterruptibly();
            }
            if (mine.done) {
                return false;
            }
            if (closed) {
                waiting.remove(mine);
                throw new IllegalStateException("the database " + name + " is closed");
            }
            leading = true;
            leader = Thread.currentThread();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void endTurn() {
        lock.lock();
        try {
            leading = false;
            leader = null;
            turnEnded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void runGroup() {
        List<Write<?>> group = new ArrayList<>();
        Write<?> next;
        while (group.size() < MOST_PER_TRANSACTION && (next = waiting.poll()) != null) {
            group.add(next);
        }
        try {
            // Explicit BEGIN/COMMIT rather than JDBC auto-commit off: the driver would begin the next
            // (write-locking) transaction right after each commit and hold it between writes.
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            failAll(group, e);
            return;
        }
        try {
            if (group.size() == 1) {
                group.get(0).run(writer);
            } else {
                for (Write<?> write : group) {
                    runBehindSavepoint(write);
                }
            }
            execute("COMMIT");
            commits.incrementAndGet();
        } catch (SQLException | RuntimeException | Error e) {
            rollBack(e);
            failAll(group, e);
            if (e instanceof Error error) {
                throw error;
            }
            return;
        }
        group.forEach(Write::finish);
    }

    /** Runs one write of a group; its failure is rolled back alone unless it broke the whole transaction. */
    private void runBehindSavepoint(Write<?> write) throws SQLException {
        execute("SAVEPOINT " + SAVEPOINT);
        try {
            write.run(writer);
        } catch (SQLException | RuntimeException e) {
            // When SQLite has rolled back the whole transaction itself (I/O error, disk full) the
            // savepoint is gone too and this throws: then the group fails as one.
            execute("ROLLBACK TO " + SAVEPOINT);
            write.failed(e);
        }
        execute("RELEASE " + SAVEPOINT);
    }

    private void rollBack(Throwable cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed); // e.g. SQLite had ended the transaction itself
        }
    }

    private static void failAll(List<Write<?>> group, Throwable cause) {
        for (Write<?> write : group) {
            write.failed(cause);
            write.finish();
        }
    }

    private void execute(String sql) throws SQLException {
        Jdbc.execute(writer, sql);
    }

    /** One caller's work and, once done, its result or failure. */
    private static final class Write<T> {
        private final SqlWork<T> work;
        private T result;
        private Throwable failure;
        private volatile boolean done;

        Write(SqlWork<T> work) {
            this.work = work;
        }

        void run(Connection connection) throws SQLException {
            result = work.run(connection);
        }

        void failed(Throwable cause) {
            failure = cause;
            result = null;
        }

        void finish() {
            done = true;
        }

        T outcome() {
            if (failure == null) {
                return result;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StoreException(failure.getMessage(), failure);
        }
    }
}
