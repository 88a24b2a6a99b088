package org.hoctap.kiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk whose clock came back wrong after a power cut records nothing and says so. */
class WrongClockTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOON = Instant.parse("2026-03-10T05:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private String centreId;
    private List<String> people;

    @BeforeEach
    void open() {
        db = SeededDatabase.create(dir);
        Centre centre = db.read(Places::centres).get(0);
        centreId = centre.id();
        people = db.read(c -> Jdbc.list(c, "SELECT id FROM person ORDER BY id LIMIT 3", row -> row.getString(1)));
        String topicId = db.read(c -> Learning.topics(c)).get(0).id();
        ClassSessions.openNow(db, centreId, topicId, "Cô Xuân", Clock.fixed(NOON, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CheckInOutcome checkInAt(Instant when, String personId) {
        CheckIns checkIns = new CheckIns(centreId, ZONE, Clock.fixed(when, ZoneOffset.UTC));
        return db.write(c -> checkIns.checkIn(c, personId, Optional.empty(), CheckInMethod.NAME, Optional.empty()));
    }

    private long checkIns() {
        return db.read(c -> Jdbc.count(c, "SELECT count(*) FROM attendance"));
    }

    @Test
    void theCheckReadsOneIndexEntryNotEveryCheckIn() {
        // With a million check-ins on disk, a scan per check-in took the kiosk from milliseconds to a minute.
        List<String> steps = db.read(c -> Jdbc.list(c,
                "EXPLAIN QUERY PLAN SELECT max(checked_in_at) FROM attendance", row -> row.getString(4)));
        String plan = String.join(" ", steps);
        assertTrue(plan.contains("INDEX attendance_by_time"), plan);
    }

    @Test
    void aClockBeforeThisSoftwareExistedIsWrong() {
        assertInstanceOf(CheckInOutcome.WrongClock.class, checkInAt(Instant.parse("2000-01-01T08:00:00Z"), people.get(0)));
        assertEquals(0, checkIns());
    }

    @Test
    void aClockWellBeforeTheNewestCheckInIsWrongButASmallCorrectionIsNot() {
        assertInstanceOf(CheckInOutcome.CheckedIn.class, checkInAt(NOON.plus(Duration.ofMinutes(30)), people.get(0)));
        assertInstanceOf(CheckInOutcome.WrongClock.class, checkInAt(NOON.minus(Duration.ofHours(2)), people.get(1)));
        assertEquals(1, checkIns());
        assertInstanceOf(CheckInOutcome.CheckedIn.class, checkInAt(NOON.plus(Duration.ofMinutes(25)), people.get(2)));
        assertEquals(2, checkIns());
    }
}
