package org.hoctap.kiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.StoreException;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check-in export's rows, read straight from a database: what counts, in time order, in local time. */
class CheckInReportTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private String centre;
    private List<String> people;

    @BeforeEach
    void open() {
        db = SeededDatabase.create(dir);
        centre = db.read(c -> Jdbc.list(c, "SELECT id FROM centre ORDER BY id", row -> row.getString(1))).get(0);
        people = db.read(c -> Jdbc.list(c, """
                SELECT p.id FROM person p JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id
                JOIN centre ce ON ce.commune_id = v.commune_id WHERE ce.id = ? ORDER BY p.id LIMIT 3""",
                row -> row.getString(1), centre));
        db.write(c -> {
            String topic = Jdbc.list(c, "SELECT id FROM topic ORDER BY id", row -> row.getString(1)).get(0);
            Jdbc.update(c, "INSERT INTO class_session (id, centre_id, topic_id, opened_at) VALUES ('s1', ?, ?, ?)",
                    centre, topic, "2026-03-02T01:00:00.000000000Z");
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void checkIn(String id, String person, String at, String method) {
        db.write(c -> Jdbc.update(c, """
                INSERT INTO attendance (id, session_id, person_id, checked_in_at, method) VALUES (?, 's1', ?, ?, ?)""",
                id, person, at, method));
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        db.read(c -> {
            new CheckInReport().each(c, centre, FROM, TO, VIETNAM, cells -> rows.add(List.copyOf(cells)));
            return null;
        });
        return rows;
    }

    @Test
    void eachCheckInThatCountsIsARowInTimeOrderWithItsLocalTimeAndMethod() {
        checkIn("a2", people.get(1), "2026-03-02T01:20:30.900000000Z", "NAME");
        checkIn("a1", people.get(0), "2026-03-02T01:05:00.000000000Z", "CARD");
        checkIn("a3", people.get(2), "2026-03-02T01:30:00.000000000Z", "STAFF");
        db.write(c -> Jdbc.update(c, """
                INSERT INTO attendance_correction (id, attendance_id, action, staff, recorded_at)
                VALUES ('k1', 'a2', 'REMOVE', 'Lan', '2026-03-02T02:00:00.000000000Z')"""));
        List<List<String>> rows = rows();
        assertEquals(2, rows.size(), "the check-in corrected away is left out: " + rows);
        assertEquals("2026-03-02 08:05:00", rows.get(0).get(0));
        assertEquals("CARD", rows.get(0).get(rows.get(0).size() - 1));
        assertEquals("2026-03-02 08:30:00", rows.get(1).get(0));
        assertEquals("STAFF", rows.get(1).get(rows.get(1).size() - 1));
        assertTrue(rows.get(0).contains("s1"), rows.get(0).toString());
    }

    @Test
    void aLearnerFromAnotherCommuneIsNamedOnEachOfTheirRows() {
        // Ids beyond ASCII too: the export looks them up as the bytes SQLite hands over.
        String outsider = "người-ngoài-1";
        String name = "Giàng Thị Mỷ";
        db.write(c -> {
            Jdbc.update(c, """
                    INSERT INTO village (id, commune_id, name)
                    SELECT 'v-outside', id, 'Bản Ngoài' FROM admin_unit
                    WHERE id <> (SELECT commune_id FROM centre WHERE id = ?) LIMIT 1""", centre);
            Jdbc.update(c, "INSERT INTO household (id, code, village_id) VALUES ('h-outside', 'NG-1', 'v-outside')");
            return Jdbc.update(c, "INSERT INTO person (id, household_id, member_no, full_name, sex) "
                    + "VALUES (?, 'h-outside', 1, ?, 'F')", outsider, name);
        });
        checkIn("a1", outsider, "2026-03-02T01:05:00.000000000Z", "CARD");
        checkIn("a2", people.get(0), "2026-03-02T01:06:00.000000000Z", "NAME");
        db.write(c -> Jdbc.update(c, "INSERT INTO class_session (id, centre_id, topic_id, opened_at) "
                + "SELECT 'buổi-2', centre_id, topic_id, '2026-03-03T01:00:00.000000000Z' FROM class_session WHERE id = 's1'"));
        db.write(c -> Jdbc.update(c, """
                INSERT INTO attendance (id, session_id, person_id, checked_in_at, method)
                VALUES ('a3', 'buổi-2', ?, '2026-03-03T01:05:00.000000000Z', 'STAFF')""", outsider));
        List<List<String>> rows = rows();
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains(name) && rows.get(2).contains(name), rows.toString());
        assertTrue(rows.get(2).contains("buổi-2") && !rows.get(1).contains(name), rows.toString());
    }

    @Test
    void aTimeThatCannotBeReadStopsTheExportInsteadOfShowingAnotherDate() {
        checkIn("a1", people.get(0), "2026-13-45T99:99:99.000000000Z", "CARD");
        assertThrows(StoreException.class, this::rows);
    }
}
