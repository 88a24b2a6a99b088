package org.hoctap.kiosk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.hoctap.shared.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP client to the central server is made only for a kiosk that has one. */
class SyncRunnerTest {
    @TempDir
    Path dir;

    @Test
    void aKioskNeverEnrolledMakesNoHttpClientAndOneEnrolledDoes() throws Exception {
        try (Database db = Database.open(dir.resolve("hoctap.db"));
                SyncRunner runner = new SyncRunner(db, dir, dir.resolve("templates"), Clock.systemUTC(),
                        SyncRunner.DEFAULT_EVERY)) {
            assertEquals(Optional.empty(), runner.runNow());
            assertFalse(runner.hasClient(), "a kiosk not enrolled made an HTTP client");

            new DeviceCredential(URI.create("http://127.0.0.1:9/"), "device-1", "secret", "C1", Optional.empty())
                    .save(dir);
            SyncResult failed = runner.runNow().orElseThrow();
            assertFalse(failed.ok(), "nothing listens on port 9");
            assertTrue(runner.hasClient());
        }
    }
}
