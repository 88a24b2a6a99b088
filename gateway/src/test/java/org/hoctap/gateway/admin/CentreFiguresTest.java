package org.hoctap.gateway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.hoctap.gateway.sync.Devices;
import org.hoctap.gateway.sync.EnrolmentCodes;
import org.hoctap.gateway.sync.SyncDevice;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The officer's view of the centres: which kiosks synced when, and what the centre did this month and year. */
class CentreFiguresTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aCentresKiosksLastSyncClassesAndLearnerTurnsThatCount() {
        try (Database db = SeededDatabase.create(dir)) {
            Centre centre = db.read(Places::centres).get(0);
            CentreFigures before = figures(db);
            SyncDevice device = db.write(c -> Devices.enrol(c, centre.code(),
                    EnrolmentCodes.issue(c, centre, NOW), NOW)).device().orElseThrow();
            Instant seen = NOW.minusSeconds(3_600);
            db.write(c -> {
                Devices.seen(c, device.id(), seen);
                String topic = Jdbc.one(c, "SELECT id FROM topic LIMIT 1", row -> row.getString(1)).orElseThrow();
                String thisMonth = addClass(c, centre, topic, Instant.parse("2026-11-20T01:00:00Z"));
                String earlierThisYear = addClass(c, centre, topic, Instant.parse("2026-03-02T01:00:00Z"));
                String mistaken = checkIn(c, thisMonth, 0);
                checkIn(c, thisMonth, 1);
                checkIn(c, earlierThisYear, 2);
                Jdbc.update(c, """
                        INSERT INTO attendance_correction (id, attendance_id, action, reason, staff, recorded_at)
                        VALUES (?, ?, 'REMOVE', 'wrong person', 'staff', ?)""", Ids.newId(), mistaken, NOW);
                return null;
            });
            CentreFigures after = figures(db);
            assertEquals(1, after.kiosks());
            assertEquals(Optional.of(seen), after.lastSync());
            assertEquals(before.classesThisMonth() + 1, after.classesThisMonth());
            assertEquals(before.classesThisYear() + 2, after.classesThisYear());
            assertEquals(before.checkInsThisMonth() + 2, after.checkInsThisMonth());
            assertEquals(before.learnerTurnsThisMonth() + 1, after.learnerTurnsThisMonth(), "the removed one does not count");
            assertEquals(before.learnerTurnsThisYear() + 2, after.learnerTurnsThisYear());
        }
    }

    private static CentreFigures figures(Database db) {
        return db.read(c -> CentreFigures.read(c, NOW, VIETNAM)).get(0);
    }

    private static String addClass(java.sql.Connection c, Centre centre, String topic, Instant opened)
            throws java.sql.SQLException {
        String id = Ids.newId();
        Jdbc.update(c, "INSERT INTO class_session (id, centre_id, topic_id, opened_at) VALUES (?, ?, ?, ?)", id,
                centre.id(), topic, opened);
        return id;
    }

    private static String checkIn(java.sql.Connection c, String session, int nth) throws java.sql.SQLException {
        String person = Jdbc.one(c, "SELECT id FROM person ORDER BY id LIMIT 1 OFFSET ?", row -> row.getString(1), nth)
                .orElseThrow();
        String id = Ids.newId();
        Jdbc.update(c, "INSERT INTO attendance (id, session_id, person_id, checked_in_at, method) VALUES (?, ?, ?, ?, 'NAME')",
                id, session, person, NOW);
        return id;
    }
}
