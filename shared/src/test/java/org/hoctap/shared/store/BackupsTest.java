package org.hoctap.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void aCopyMadeWhileWritesGoOnIsIntactAndHasEverythingCommittedBeforeIt() throws Exception {
        try (Database db = SeededDatabase.create(dir.resolve("live"))) {
            long households = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM household"));
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    db.write(c -> Jdbc.update(c, "INSERT INTO staff_action (id, at, staff, action) VALUES "
                            + "(hex(randomblob(16)), '2026-11-23T00:00:00Z', 'test', 'login')"));
                }
            });
            Path copy = dir.resolve("backups/hoctap-1.db");
            Backups.copy(db.file(), copy);
            stop.set(true);
            writer.get();
            assertIntact(copy);
            assertFalse(Files.exists(dir.resolve("backups/hoctap-1.db-wal")), "one self-contained file");
            try (Database restored = Database.open(copy)) {
                assertEquals(households, (long) restored.read(c -> Jdbc.count(c, "SELECT count(*) FROM household")));
            }
        }
    }

    private static void assertIntact(Path copy) {
        assertTrue(Backups.problem(copy).isEmpty(), () -> Backups.problem(copy).orElse(""));
    }

    @Test
    void aFileThatIsNotOursOrIsDamagedIsNamedSo() throws Exception {
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "không phải cơ sở dữ liệu");
        assertTrue(Backups.problem(text).orElseThrow().startsWith("it cannot be read as a database"));
        Path other = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE t (x)");
        }
        assertEquals("it is not a hoctap database", Backups.problem(other).orElseThrow());
        assertFalse(Backups.problem(dir.resolve("missing.db")).isEmpty());
        assertThrows(IOException.class, () -> Backups.copy(dir.resolve("missing.db"), dir.resolve("x.db")));
    }
}
