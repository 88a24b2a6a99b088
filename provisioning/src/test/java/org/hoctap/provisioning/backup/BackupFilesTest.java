package org.hoctap.provisioning.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which nightly backups pruning keeps, also when the clock is wrong. */
class BackupFilesTest {
    @TempDir
    Path folder;

    private BackupFiles files() {
        return new BackupFiles(folder, ZoneOffset.UTC);
    }

    /** A backup made at 02:30 on each night from {@code first} to {@code last}. */
    private void nightly(String first, String last) throws Exception {
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            backupAt(day.atTime(2, 30).toInstant(ZoneOffset.UTC));
        }
    }

    private void backupAt(Instant made) throws Exception {
        Files.writeString(files().next(made), "a backup");
    }

    private List<String> left() throws Exception {
        try (Stream<Path> names = Files.list(folder)) {
            return names.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void backupsOlderThanTheDaysKeptGo() throws Exception {
        nightly("2025-03-01", "2025-03-31");
        Pruning pruning = files().prune(14, Instant.parse("2025-03-31T02:30:00Z"));
        assertEquals(16, pruning.removed().size(), "1 to 16 March: " + pruning);
        assertEquals("hoctap-20250317-023000.db", left().get(0));
        assertEquals(15, left().size());
    }

    @Test
    void aClockThatJumpedAheadLeavesTheNewestBackups() throws Exception {
        nightly("2025-03-01", "2025-03-20");
        Instant jumped = Instant.parse("2031-06-01T02:30:00Z");
        backupAt(jumped);
        Pruning pruning = files().prune(14, jumped);
        assertEquals(7, pruning.removed().size(), pruning.toString());
        List<String> left = left();
        assertEquals(14, left.size(), "the newest 14, whatever their dates: " + left);
        assertEquals("hoctap-20250308-023000.db", left.get(0));
        assertTrue(left.contains("hoctap-20250320-023000.db"), left.toString());
    }

    @Test
    void aBackupDatedAfterNowIsKeptAsideAndStopsNoPruning() throws Exception {
        nightly("2025-01-01", "2025-03-01");
        backupAt(Instant.parse("2030-06-01T02:30:00Z"));
        Pruning pruning = files().prune(14, Instant.parse("2025-03-02T02:30:00Z"));
        assertEquals(46, pruning.removed().size(), "1 January to 15 February");
        assertEquals(List.of("hoctap-20300601-023000.db"),
                pruning.datedAfterNow().stream().map(f -> f.getFileName().toString()).toList());
        assertEquals(15, left().size());
        assertEquals("hoctap-20250216-023000.db", left().get(0));
    }

    @Test
    void aClockBackIn1970RemovesNoneOfTheRealBackups() throws Exception {
        nightly("2026-10-01", "2026-11-20");
        Instant boot = Instant.parse("1970-01-01T02:30:00Z");
        backupAt(boot);
        Pruning pruning = files().prune(14, boot);
        assertEquals(List.of(), pruning.removed());
        assertEquals(52, left().size());
        assertEquals(51, pruning.datedAfterNow().size());
    }
}
