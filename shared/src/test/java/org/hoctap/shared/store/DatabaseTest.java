package org.hoctap.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;
    private Path file;
    private Database db;

    @BeforeEach
    void open() {
        file = dir.resolve("test.db");
        db = Database.open(file);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyConnectionIsWalWithForeignKeysAndTheWriterSyncsFully() {
        assertEquals("wal", db.write(c -> pragma(c, "journal_mode")));
        assertEquals("1", db.write(c -> pragma(c, "foreign_keys")));
        assertEquals("2", db.write(c -> pragma(c, "synchronous")), "FULL");
        assertEquals("wal", db.read(c -> pragma(c, "journal_mode")));
        assertEquals("1", db.read(c -> pragma(c, "foreign_keys")));
    }

    @Test
    void aWriteIsVisibleToReadsOnceItReturns() {
        db.write(c -> insertTopic(c, "T1"));
        assertEquals(1, topics());
    }

    @Test
    void aWriteThatThrowsIsRolledBackEntirely() {
        RuntimeException thrown = assertThrows(IllegalStateException.class, () -> db.write(c -> {
            insertTopic(c, "T1");
            insertTopic(c, "T2");
            throw new IllegalStateException("changed my mind");
        }));
        assertEquals("changed my mind", thrown.getMessage());
        assertEquals(0, topics());
        db.write(c -> insertTopic(c, "T3"));
        assertEquals(1, topics());
    }

    @Test
    void aWriteFailingWithAnSqlErrorOrAnErrorIsRolledBackToo() {
        StoreException sqlFailure = assertThrows(StoreException.class, () -> db.write(c -> {
            insertTopic(c, "T1");
            return insertTopic(c, "T1"); // the code is unique
        }));
        assertInstanceOf(SQLException.class, sqlFailure.getCause());
        assertThrows(AssertionError.class, () -> db.write(c -> {
            insertTopic(c, "T2");
            throw new AssertionError("boom");
        }));
        db.write(c -> insertTopic(c, "T3"));
        assertEquals(List.of("T3"), db.read(c -> Jdbc.list(c, "SELECT code FROM topic", row -> row.getString(1))));
    }

    @Test
    void aForeignKeyViolationIsRejected() {
        assertThrows(StoreException.class, () -> db.write(c -> Jdbc.update(c,
                "INSERT INTO village (id, commune_id, name) VALUES ('v1', 'no such commune', 'Bản Ma')")));
        assertEquals(0, (long) db.read(c -> Jdbc.count(c, "SELECT count(*) FROM village")));
    }

    @Test
    void readsCannotWrite() {
        assertThrows(StoreException.class, () -> db.read(c -> insertTopic(c, "T1")));
        assertEquals(0, topics());
    }

    @Test
    void aReadSeesOneSnapshotEvenWhenAWriteCommitsMeanwhile() {
        List<Long> counts = db.read(c -> {
            long before = Jdbc.count(c, "SELECT count(*) FROM topic");
            db.write(w -> insertTopic(w, "T1"));
            return List.of(before, Jdbc.count(c, "SELECT count(*) FROM topic"));
        });
        assertEquals(List.of(0L, 0L), counts);
        assertEquals(1, topics());
    }

    @Test
    void migrationsAreAppliedOnce() {
        List<String> afterFirstOpen = appliedMigrations();
        assertTrue(afterFirstOpen.size() >= 3 && afterFirstOpen.subList(0, 3).equals(List.of("1", "2", "3")),
                afterFirstOpen.toString());
        db.close();
        db = Database.open(file);
        db.close();
        db = Database.open(file);
        assertEquals(afterFirstOpen, appliedMigrations());
        assertEquals(12, (long) db.read(c -> Jdbc.count(c, "SELECT count(*) FROM activity_type")));
    }

    private List<String> appliedMigrations() {
        return db.read(c -> Jdbc.list(c,
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY "
                        + "installed_rank", row -> row.getString(1)));
    }

    @Test
    void concurrentWritesFromManyThreadsAllLand() throws Exception {
        int threads = 8;
        int writesEach = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < writesEach; i++) {
                        String code = "T" + thread + "-" + i;
                        db.write(c -> insertTopic(c, code));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * writesEach, topics());
    }

    @Test
    void aCommittedWriteSurvivesClosingAndReopening() {
        db.write(c -> insertTopic(c, "T1"));
        db.close();
        db = Database.open(file);
        assertEquals(1, topics());
    }

    @Test
    void noLockIsHeldBetweenWritesSoOtherConnectionsCanWrite() throws SQLException {
        db.write(c -> insertTopic(c, "T1"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = other.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 1000");
            statement.executeUpdate("INSERT INTO topic (id, code, name, category, pictogram) "
                    + "VALUES ('other', 'T2', 'x', 'x', 'x')");
        }
        try (Database second = Database.open(file)) {
            second.write(c -> insertTopic(c, "T3"));
        }
        db.write(c -> insertTopic(c, "T4"));
        assertEquals(4, topics());
    }

    @Test
    void aClosedDatabaseRefusesWork() {
        db.close();
        assertThrows(IllegalStateException.class, () -> db.read(c -> 1));
        assertThrows(IllegalStateException.class, () -> db.write(c -> 1));
        db.close();
        assertTrue(file.toFile().exists());
    }

    private long topics() {
        return db.read(c -> Jdbc.count(c, "SELECT count(*) FROM topic"));
    }

    private static int insertTopic(Connection c, String code) throws SQLException {
        return Jdbc.update(c, "INSERT INTO topic (id, code, name, category, pictogram) VALUES (?, ?, ?, ?, ?)",
                "id-" + code, code, "Chủ đề " + code, "TEST", "book");
    }

    private static String pragma(Connection c, String name) throws SQLException {
        return Jdbc.one(c, "PRAGMA " + name, row -> row.getString(1)).orElseThrow();
    }
}
