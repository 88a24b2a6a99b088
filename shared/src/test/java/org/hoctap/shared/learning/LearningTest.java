package org.hoctap.shared.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.places.AdminLevel;
import org.hoctap.shared.places.AdminUnit;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.places.Village;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningTest {
    private static final Instant NINE = Instant.parse("2025-10-01T02:00:00Z");

    @TempDir
    Path dir;
    private Database db;

    private final AdminUnit commune = new AdminUnit(Ids.newId(), "99010", "xã Quài Chiềng", AdminLevel.COMMUNE,
            Optional.empty(), LocalDate.of(2025, 7, 1), Optional.empty());
    private final Centre centre = new Centre(Ids.newId(), "QC", "Trung tâm", commune.id());
    private final Village village = new Village(Ids.newId(), commune.id(), "Bản Co Muông");
    private final Household household = new Household(Ids.newId(), "QC0001", village.id(), Language.BLT);
    private final Person lo = person(1, "Lò Văn Pánh");
    private final Person quang = person(2, "Quàng Thị Ón");
    private final Topic rice = new Topic(Ids.newId(), "LUA", "Kỹ thuật trồng lúa nước", "FARMING", "rice");
    private final Topic abc = new Topic(Ids.newId(), "ABC", "Xóa mù chữ", "LITERACY", "abc");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("test.db"));
        db.write(c -> {
            Places.insert(c, commune);
            Places.insert(c, centre);
            Places.insert(c, village);
            People.insert(c, household);
            People.insert(c, lo, Optional.of("THAI"));
            People.insert(c, quang, Optional.of("THAI"));
            Learning.insert(c, rice);
            Learning.insert(c, abc);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void topicsRoundTripInCodeOrder() {
        assertEquals(List.of(abc, rice), db.read(Learning::topics));
        assertEquals(Optional.of(rice), db.read(c -> Learning.topic(c, rice.id())));
        assertEquals(Optional.empty(), db.read(c -> Learning.topic(c, "no such topic")));
    }

    @Test
    void sessionsRoundTripAndOnlyOpenOnesAreListedNewestFirst() {
        ClassSession bare = new ClassSession(Ids.newId(), centre.id(), rice.id(), Optional.empty(), NINE,
                Optional.empty(), Optional.empty());
        ClassSession full = new ClassSession(Ids.newId(), centre.id(), abc.id(), Optional.of("Cầm Thị Ánh"),
                NINE.plusSeconds(60), Optional.of(NINE.plus(Duration.ofHours(2))), Optional.empty());
        ClassSession closed = new ClassSession(Ids.newId(), centre.id(), abc.id(), Optional.empty(),
                NINE.minus(Duration.ofDays(1)), Optional.empty(), Optional.of(NINE.minus(Duration.ofHours(20))));
        db.write(c -> {
            Learning.insert(c, bare);
            Learning.insert(c, full);
            Learning.insert(c, closed);
            return null;
        });
        for (ClassSession s : List.of(bare, full, closed)) {
            assertEquals(Optional.of(s), db.read(c -> Learning.session(c, s.id())));
        }
        assertTrue(bare.isOpen());
        assertFalse(closed.isOpen());
        assertEquals(List.of(full, bare), db.read(c -> Learning.openSessions(c, centre.id())));
    }

    @Test
    void aDuplicateCheckInReturnsFalseAndKeepsTheFirst() {
        ClassSession session = openSession(NINE);
        Attendance first = new Attendance(Ids.newId(), session.id(), lo.id(), NINE.plusSeconds(5), CheckInMethod.CARD);
        Attendance again = new Attendance(Ids.newId(), session.id(), lo.id(), NINE.plusSeconds(9), CheckInMethod.NAME);
        assertTrue((boolean) db.write(c -> Learning.checkIn(c, first)));
        assertFalse((boolean) db.write(c -> Learning.checkIn(c, again)));
        assertEquals(1, (long) db.read(c -> Jdbc.count(c, "SELECT count(*) FROM attendance")));
        assertEquals(Optional.of(first), db.read(c -> Learning.attendance(c, session.id(), lo.id())));
        assertEquals(Optional.empty(), db.read(c -> Learning.attendance(c, session.id(), quang.id())));
    }

    @Test
    void attendanceBetweenIsHalfOpenAndInTimeOrder() {
        ClassSession session = openSession(NINE);
        Attendance atStart = new Attendance(Ids.newId(), session.id(), quang.id(), NINE, CheckInMethod.STAFF);
        Attendance later = new Attendance(Ids.newId(), session.id(), lo.id(), NINE.plusMillis(1_500),
                CheckInMethod.CARD);
        ClassSession next = openSession(NINE.plus(Duration.ofHours(1)));
        Attendance atEnd = new Attendance(Ids.newId(), next.id(), lo.id(), NINE.plus(Duration.ofHours(1)),
                CheckInMethod.NAME);
        db.write(c -> {
            Learning.checkIn(c, atEnd);
            Learning.checkIn(c, later);
            Learning.checkIn(c, atStart);
            return null;
        });
        assertEquals(List.of(atStart, later),
                db.read(c -> Learning.attendanceBetween(c, centre.id(), NINE, NINE.plus(Duration.ofHours(1)))));
    }

    private ClassSession openSession(Instant at) {
        ClassSession session = new ClassSession(Ids.newId(), centre.id(), rice.id(), Optional.empty(), at,
                Optional.empty(), Optional.empty());
        db.write(c -> {
            Learning.insert(c, session);
            return null;
        });
        return session;
    }

    private Person person(int memberNo, String name) {
        return new Person(Ids.newId(), household.id(), memberNo, name, memberNo == 1 ? Sex.M : Sex.F,
                OptionalInt.of(1985), Optional.empty(), Optional.empty());
    }
}
