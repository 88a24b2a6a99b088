package org.hoctap.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that wait together commit together, yet each keeps its own outcome. */
class GroupCommitTest {
    @TempDir
    Path dir;
    private Database db;
    /** One thread per write: the common pool may have a single thread on a 2-core machine. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("test.db"));
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        db.close();
    }

    @Test
    void writesQueuedBehindATransactionShareTheNextOneAndOneFailingWriteIsRolledBackAlone() throws Exception {
        CountDownLatch letGo = new CountDownLatch(1);
        CompletableFuture<Integer> first = writeAHolding(letGo);

        CompletableFuture<Integer> second = inThread(() -> db.write(c -> insertTopic(c, "B")));
        CompletableFuture<Integer> failing = inThread(() -> db.write(c -> {
            insertTopic(c, "C");
            return insertTopic(c, "C"); // the code is unique
        }));
        CompletableFuture<Long> counting = inThread(() -> db.write(c -> {
            insertTopic(c, "D");
            return Jdbc.count(c, "SELECT count(*) FROM topic");
        }));
        waitUntilQueued(3);
        long commitsBefore = db.commits();
        letGo.countDown();

        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        assertEquals(1, second.get(10, TimeUnit.SECONDS));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertInstanceOf(StoreException.class, failed.getCause());
        assertInstanceOf(SQLException.class, failed.getCause().getCause());
        long seenByTheLast = counting.get(10, TimeUnit.SECONDS);
        assertTrue(seenByTheLast == 3 || seenByTheLast == 2, "D sees A (and B when it ran after it): " + seenByTheLast);
        assertEquals(List.of("A", "B", "D"), codes());
        assertEquals(2, db.commits() - commitsBefore, "A alone, then the three that waited together");
    }

    @Test
    void aWriteThatThrowsInAGroupGivesItsCallerTheExceptionAndTheOthersCommit() throws Exception {
        CountDownLatch letGo = new CountDownLatch(1);
        CompletableFuture<Integer> first = writeAHolding(letGo);
        CompletableFuture<Integer> refused = inThread(() -> db.write(c -> {
            insertTopic(c, "X");
            throw new IllegalArgumentException("not this one");
        }));
        CompletableFuture<Integer> after = inThread(() -> db.write(c -> insertTopic(c, "B")));
        waitUntilQueued(2);
        letGo.countDown();

        first.get(10, TimeUnit.SECONDS);
        after.get(10, TimeUnit.SECONDS);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS));
        assertEquals("not this one", failed.getCause().getMessage());
        assertEquals(List.of("A", "B"), codes());
    }

    @Test
    void aWriteInsideAWriteIsRefusedRatherThanWaitingForItself() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> db.write(c -> db.write(inner -> insertTopic(inner, "B"))));
        assertTrue(e.getMessage().contains("inside a write"), e.getMessage());
        assertEquals(List.of(), codes());
        db.write(c -> insertTopic(c, "A"));
        assertEquals(List.of("A"), codes());
    }

    @Test
    void closingWaitsForTheTransactionUnderWayAndRefusesLaterWrites() throws Exception {
        CountDownLatch letGo = new CountDownLatch(1);
        CompletableFuture<Integer> first = writeAHolding(letGo);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(db::close, threads);
        Thread.sleep(100);
        assertTrue(!closing.isDone(), "close returned while a write was under way");
        letGo.countDown();
        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        closing.get(10, TimeUnit.SECONDS);
        assertThrows(IllegalStateException.class, () -> db.write(c -> insertTopic(c, "B")));

        db = Database.open(dir.resolve("test.db"));
        assertEquals(List.of("A"), codes());
    }

    /** Starts a write of topic A that holds the writer until {@code letGo}; returns once it holds it. */
    private CompletableFuture<Integer> writeAHolding(CountDownLatch letGo) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Integer> write = inThread(() -> db.write(c -> {
            holding.countDown();
            await(letGo);
            return insertTopic(c, "A");
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        return write;
    }

    private <T> CompletableFuture<T> inThread(Supplier<T> write) {
        return CompletableFuture.supplyAsync(write, threads);
    }

    private void waitUntilQueued(int writes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (db.writesWaiting() < writes) {
            assertTrue(System.nanoTime() < deadline, "the writes never queued");
            Thread.sleep(5);
        }
    }

    private List<String> codes() {
        return db.read(c -> Jdbc.list(c, "SELECT code FROM topic ORDER BY code", row -> row.getString(1)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int insertTopic(Connection c, String code) throws SQLException {
        return Jdbc.update(c, "INSERT INTO topic (id, code, name, category, pictogram) VALUES (?, ?, ?, ?, ?)",
                "id-" + code, code, "Chủ đề " + code, "TEST", "book");
    }
}
