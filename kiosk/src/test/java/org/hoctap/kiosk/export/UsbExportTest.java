package org.hoctap.kiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.staff.StaffLog;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.Attendance;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.people.People;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports onto a USB stick, found in a mount table as the kernel writes it; a real SQLite file behind. */
class UsbExportTest {
    @TempDir
    Path dir;

    private Database db;
    private Exports exports;
    private Path media;
    private Path mounts;
    private final ExportPeriod today = new ExportPeriod(LocalDate.now(KioskSettings.VIETNAM),
            LocalDate.now(KioskSettings.VIETNAM));

    @BeforeEach
    void start() throws Exception {
        db = SeededDatabase.create(dir.resolve("data"));
        Centre centre = db.read(Places::centres).get(0);
        String topicId = db.read(Learning::topics).get(0).id();
        String sessionId = ClassSessions.openNow(db, centre.id(), topicId, Optional.empty(), Clock.systemUTC())
                .session().id();
        String personId = db.read(c -> People.learnersOfCentre(c, centre.id())).get(0).id();
        db.write(c -> Learning.checkIn(c, new Attendance(Ids.newId(), sessionId, personId, Instant.now(),
                CheckInMethod.CARD)));
        exports = new Exports(db, centre, Templates.load(Optional.empty()), KioskSettings.VIETNAM);
        media = Files.createDirectories(dir.resolve("media"));
        mounts = dir.resolve("mounts");
        Files.writeString(mounts, "/dev/mmcblk0p2 / ext4 rw,noatime 0 0\nproc /proc proc rw 0 0\n");
    }

    @AfterEach
    void stop() {
        db.close();
    }

    @Test
    void withoutAStickNothingIsWritten() {
        assertInstanceOf(UsbExport.Outcome.NoStick.class, usb(p -> Long.MAX_VALUE).export(Language.VI, today, "Lan",
                Instant.now()));
    }

    @Test
    void writesEveryReportAsCsvAndXlsxIntoAFolderOfTheCentreAndPeriod() throws Exception {
        Path stick = plugIn("KINGSTON 8GB", "rw,nosuid,nodev,relatime,uid=1000");
        UsbExport.Outcome outcome = usb(p -> Long.MAX_VALUE).export(Language.VI, today, "Lan", Instant.now());

        UsbExport.Outcome.Written written = assertInstanceOf(UsbExport.Outcome.Written.class, outcome);
        assertEquals("KINGSTON 8GB", written.stick().label(), "the label, with its space unescaped");
        assertEquals(stick.resolve("hoctap").resolve("QC-" + today), written.folder());
        assertEquals(6, written.files().size());
        assertEquals(1, written.rows());
        try (Stream<Path> files = Files.list(written.folder())) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(written.files().stream().sorted().toList(), names, "no half-written .part file is left");
        }
        String csv = Files.readString(written.folder().resolve("diem-danh-QC-" + today + ".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFThời gian (checked_in_at),"), csv);
        assertEquals(2, csv.lines().count());
        assertTrue(db.read(c -> StaffLog.recent(c, 10)).stream()
                .allMatch(e -> e.staff().equals("Lan") && e.detail().endsWith("USB KINGSTON 8GB")));
    }

    @Test
    void aReadOnlyStickIsSaidSoAndLeftAlone() throws Exception {
        Path stick = plugIn("LOCKED", "ro,nosuid,nodev");
        assertInstanceOf(UsbExport.Outcome.ReadOnly.class, usb(p -> Long.MAX_VALUE).export(Language.VI, today, "Lan",
                Instant.now()));
        assertEquals(List.of(), list(stick));
    }

    @Test
    void aFullStickIsSaidSoAndLeftAlone() throws Exception {
        Path stick = plugIn("FULL", "rw");
        assertInstanceOf(UsbExport.Outcome.Full.class, usb(p -> 1000).export(Language.VI, today, "Lan", Instant.now()));
        assertEquals(List.of(), list(stick));
    }

    @Test
    void theCheckInExportReadsAlongTheTimeIndexAloneWithoutSorting() {
        String plan = plan(CheckInReport.CHECK_INS);
        assertTrue(plan.contains("COVERING INDEX attendance_by_time") && !plan.contains("TEMP B-TREE"), plan);
    }

    private String plan(String query) {
        List<String> steps = db.read(c -> org.hoctap.shared.store.Jdbc.list(c,
                "EXPLAIN QUERY PLAN " + query, row -> row.getString(4), "2026", "2027"));
        return String.join(" ", steps);
    }

    @Test
    void readsTheMountTablesEscapes() {
        assertEquals("/media/pi/MY STICK\\x", UsbSticks.unescape("/media/pi/MY\\040STICK\\134x"));
    }

    private Path plugIn(String label, String options) throws Exception {
        Path stick = Files.createDirectories(media.resolve("pi").resolve(label));
        Files.writeString(mounts, "/dev/sda1 " + stick.toString().replace(" ", "\\040") + " vfat " + options + " 0 0\n",
                java.nio.file.StandardOpenOption.APPEND);
        return stick;
    }

    private UsbExport usb(java.util.function.ToLongFunction<Path> space) {
        return new UsbExport(new UsbSticks(mounts, media), exports, "QC", space);
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
