package org.hoctap.provisioning.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hoctap.kiosk.export.UsbSticks;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BackupRestoreTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private List<Path> backups(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aBackupIsMadeWhileTheDatabaseIsOpenCheckedAndOldOnesGo() throws Exception {
        Path data = dir.resolve("kiosk");
        try (Database running = SeededDatabase.create(data)) {
            Files.createDirectories(data.resolve("backups"));
            for (int day = 1; day <= 14; day++) {
                Files.writeString(data.resolve("backups/hoctap-202001%02d-023000.db".formatted(day)), "old");
            }
            Files.writeString(data.resolve("backups/notes.txt"), "not ours");
            UsbSticks none = new UsbSticks(dir.resolve("no-mounts"), dir.resolve("media"));
            assertEquals(0, run(new BackupCommand(none, Clock.systemUTC()), "--data-dir", data.toString()));
            assertTrue(out.toString().contains(" bytes, checked)."), out.toString());
            List<Path> files = backups(data.resolve("backups"));
            assertEquals(15, files.size(), "the oldest backup removed, the newest 14 and the unrelated file kept: "
                    + files);
            assertEquals("hoctap-20200102-023000.db", files.get(0).getFileName().toString());
            assertTrue(files.get(13).getFileName().toString().matches("hoctap-\\d{8}-\\d{6}\\.db"));
            assertTrue(out.toString().contains("Removed 1 backup(s) older than 14 days."), out.toString());
            running.read(c -> Jdbc.count(c, "SELECT count(*) FROM household"));
        }
    }

    @Test
    void aBackupDatedAfterNowIsKeptAsideWhileTheOthersArePrunedAndTheClockIsQuestioned() throws Exception {
        Path data = dir.resolve("kiosk");
        SeededDatabase.create(data).close();
        Path folder = Files.createDirectories(data.resolve("backups"));
        for (int day = 1; day <= 20; day++) {
            Files.writeString(folder.resolve("hoctap-202501%02d-023000.db".formatted(day)), "old");
        }
        Files.writeString(folder.resolve("hoctap-20300601-023000.db"), "made while the clock was years ahead");
        UsbSticks none = new UsbSticks(dir.resolve("no-mounts"), dir.resolve("media"));
        Clock march = Clock.fixed(Instant.parse("2025-03-02T02:30:00Z"), ZoneOffset.UTC);
        assertEquals(0, run(new BackupCommand(none, march), "--data-dir", data.toString()));
        assertTrue(out.toString().contains("Removed 7 backup(s) older than 14 days."), out.toString());
        assertEquals(15, backups(folder).size(), "the newest 14 of the past and the one dated 2030: " + backups(folder));
        assertTrue(backups(folder).toString().contains("hoctap-20300601-023000.db"));
        assertTrue(err.toString().contains("Kept hoctap-20300601-023000.db, dated after now (2025-03-02T02:30:00Z), "
                + "aside from the others. Is the clock right?"), err.toString());
    }

    @Test
    void withUsbTheBackupGoesToTheStickAndWithoutOneItSaysSo() throws Exception {
        Path data = dir.resolve("kiosk");
        SeededDatabase.create(data).close();
        Path stick = Files.createDirectories(dir.resolve("media/pi/USB"));
        Path mounts = dir.resolve("mounts");
        Files.writeString(mounts, "/dev/sda1 " + stick + " vfat rw,relatime 0 0\n");
        UsbSticks plugged = new UsbSticks(mounts, dir.resolve("media"));
        assertEquals(0, run(new BackupCommand(plugged, Clock.systemUTC()), "--data-dir", data.toString(), "--usb"));
        assertEquals(1, backups(stick.resolve("hoctap-backups")).size());

        UsbSticks none = new UsbSticks(dir.resolve("no-mounts"), dir.resolve("media"));
        Clock later = Clock.fixed(Instant.now().plusSeconds(5), ZoneOffset.UTC);
        assertEquals(2, run(new BackupCommand(none, later), "--data-dir", data.toString(), "--usb"));
        assertTrue(err.toString().contains("No writable USB stick is plugged in"), err.toString());
    }

    @Test
    void aRestoreWaitsForTheProgramToStopAndKeepsTheReplacedDatabase() throws Exception {
        Path data = dir.resolve("kiosk");
        Path backup = dir.resolve("hoctap-backup.db");
        try (Database db = SeededDatabase.create(data)) {
            org.hoctap.shared.store.Backups.copy(db.file(), backup);
            db.write(c -> Jdbc.update(c, "DELETE FROM card"));
            assertEquals(1, run(new RestoreCommand(), backup.toString(), "--data-dir", data.toString()));
            assertTrue(err.toString().contains("is in use. Stop the program using it first"), err.toString());
        }
        assertEquals(0, run(new RestoreCommand(), backup.toString(), "--data-dir", data.toString()));
        List<String> left = names(data);
        assertEquals(2, left.size(), "the restored database and the one it replaced, nothing else: " + left);
        try (Database restored = Database.open(data.resolve("hoctap.db"))) {
            assertTrue(restored.read(c -> Jdbc.count(c, "SELECT count(*) FROM card")) > 0, "the cards are back");
        }
        try (Stream<Path> files = Files.list(data)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("hoctap.db.before-restore-"))
                    .findFirst().orElseThrow();
            try (Database before = Database.open(aside)) {
                assertEquals(0L, (long) before.read(c -> Jdbc.count(c, "SELECT count(*) FROM card")),
                        "the replaced database is kept whole, its last writes included");
            }
        }
    }

    /** A kiosk's data folder whose database has lost its cards since {@code backup} was made of it. */
    private Path dataWithABackup(Path backup) throws Exception {
        Path data = dir.resolve("kiosk");
        try (Database db = SeededDatabase.create(data)) {
            org.hoctap.shared.store.Backups.copy(db.file(), backup);
            db.write(c -> Jdbc.update(c, "DELETE FROM card"));
        }
        // As the restore finds it once the kiosk is stopped: one file, the log folded in.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("hoctap.db"));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        }
        return data;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Copies as the restore does, except that the copy number {@code failing} (from 0) fills the disk half-way. */
    private static StagedCopy.Copier diskFullAtCopy(int failing) {
        AtomicInteger copies = new AtomicInteger();
        return (from, to) -> {
            if (copies.getAndIncrement() != failing) {
                StagedCopy.BYTES.copy(from, to);
                return;
            }
            byte[] bytes = Files.readAllBytes(from);
            Files.write(to, Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("No space left on device");
        };
    }

    /** Stands for a file system without hard links (a FAT stick): the replaced database is copied aside. */
    private static final RestoreCommand.Linker NO_LINKS = (newName, existing) -> {
        throw new UnsupportedOperationException("no hard links here");
    };

    @Test
    void theReplacedDatabaseIsKeptAsItsOwnFileNotACopy() throws Exception {
        Path backup = dir.resolve("hoctap-backup.db");
        Path data = dataWithABackup(backup);
        Object oldFile = Files.getAttribute(data.resolve("hoctap.db"), "unix:ino");
        AtomicInteger copies = new AtomicInteger();
        StagedCopy.Copier counting = (from, to) -> {
            copies.incrementAndGet();
            StagedCopy.BYTES.copy(from, to);
        };
        assertEquals(0, run(new RestoreCommand(counting, Files::createLink), backup.toString(),
                "--data-dir", data.toString()));
        assertEquals(1, copies.get(), "the backup copied in, the old database only given a second name");
        try (Stream<Path> files = Files.list(data)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("hoctap.db.before-restore-"))
                    .findFirst().orElseThrow();
            assertEquals(oldFile, Files.getAttribute(aside, "unix:ino"));
        }
    }

    @Test
    void withoutHardLinksTheReplacedDatabaseIsCopiedAside() throws Exception {
        Path backup = dir.resolve("hoctap-backup.db");
        Path data = dataWithABackup(backup);
        byte[] before = Files.readAllBytes(data.resolve("hoctap.db"));
        assertEquals(0, run(new RestoreCommand(StagedCopy.BYTES, NO_LINKS), backup.toString(),
                "--data-dir", data.toString()));
        try (Stream<Path> files = Files.list(data)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("hoctap.db.before-restore-"))
                    .findFirst().orElseThrow();
            assertArrayEquals(before, Files.readAllBytes(aside));
        }
    }

    @Test
    void aRestoreCutShortLeavesTheDatabaseAsItWasAndNothingBeside() throws Exception {
        Path backup = dir.resolve("hoctap-backup.db");
        Path data = dataWithABackup(backup);
        byte[] before = Files.readAllBytes(data.resolve("hoctap.db"));
        // Copy 0 is the backup coming in; copy 1, where there are no hard links, the old database going aside.
        for (int failing : new int[] {0, 1}) {
            assertEquals(1, run(new RestoreCommand(diskFullAtCopy(failing), NO_LINKS), backup.toString(),
                    "--data-dir", data.toString()), "copy " + failing + " failing");
            assertTrue(err.toString().contains("could not be put in place (No space left on device). "
                    + data.resolve("hoctap.db") + " is as it was."), err.toString());
            assertArrayEquals(before, Files.readAllBytes(data.resolve("hoctap.db")), "copy " + failing + " failing");
            assertEquals(List.of("hoctap.db"), names(data), "no partial copy left, copy " + failing + " failing");
        }
    }

    @Test
    void theLogLeftByADatabaseThatIsGoneIsNotAppliedToTheRestoredOne() throws Exception {
        Path data = dir.resolve("kiosk");
        Path backup = dir.resolve("hoctap-backup.db");
        Path log = dir.resolve("left-log");
        try (Database db = SeededDatabase.create(data)) {
            org.hoctap.shared.store.Backups.copy(db.file(), backup);
            db.write(c -> Jdbc.update(c, "DELETE FROM card"));
            Files.createDirectories(log);
            for (String file : List.of("hoctap.db-wal", "hoctap.db-shm")) {
                Files.copy(data.resolve(file), log.resolve(file));
            }
        }
        Files.delete(data.resolve("hoctap.db"));
        for (String file : List.of("hoctap.db-wal", "hoctap.db-shm")) {
            Files.copy(log.resolve(file), data.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(0, run(new RestoreCommand(), backup.toString(), "--data-dir", data.toString()), err.toString());
        assertEquals(List.of("hoctap.db"), names(data));
        try (Database restored = Database.open(data.resolve("hoctap.db"))) {
            assertTrue(restored.read(c -> Jdbc.count(c, "SELECT count(*) FROM card")) > 0, "the backup's cards");
        }
    }

    @Test
    void aRestoredDatabaseHasThePermissionsOfTheOneItReplaces() throws Exception {
        Path backup = dir.resolve("hoctap-backup.db");
        Path data = dataWithABackup(backup);
        Set<PosixFilePermission> groupShared = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(data.resolve("hoctap.db"), groupShared);
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(0, run(new RestoreCommand(), backup.toString(), "--data-dir", data.toString()), err.toString());
        assertEquals(groupShared, Files.getPosixFilePermissions(data.resolve("hoctap.db")));
    }

    @Test
    void aDatabaseRestoredByRootStaysTheServiceUsers() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        Path backup = dir.resolve("hoctap-backup.db");
        Path data = dataWithABackup(backup);
        UserPrincipal service = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(data.resolve("hoctap.db"), service);
        assertEquals(0, run(new RestoreCommand(), backup.toString(), "--data-dir", data.toString()), err.toString());
        assertEquals(service, Files.getOwner(data.resolve("hoctap.db")));
    }

    @Test
    void aFileThatIsNotABackupIsNotRestored() throws Exception {
        Path data = dir.resolve("kiosk");
        SeededDatabase.create(data).close();
        Path bogus = dir.resolve("photo.jpg");
        Files.writeString(bogus, "JFIF");
        assertEquals(1, run(new RestoreCommand(), bogus.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().startsWith("Not restored: " + bogus + " cannot be used:"), err.toString());
        assertFalse(Files.exists(data.resolve("hoctap.db.before-restore")));
    }
}
