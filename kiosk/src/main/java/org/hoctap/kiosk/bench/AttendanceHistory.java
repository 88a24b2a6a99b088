package org.hoctap.kiosk.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hoctap.kiosk.attendance.Corrections;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.Attendance;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.learning.ClassSession;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;

/**
 * Years of past classes for a benchmark: one session a day, every learner checked in and one of those
 * check-ins removed again by staff (as mistaken ones are, so the export meets corrections), until
 * there are enough rows.
 */
final class AttendanceHistory {
    private AttendanceHistory() {
    }

    /** Writes {@code rows} check-ins in past daily sessions ending yesterday; returns the first day. */
    static LocalDate write(Database db, long rows, ZoneId zone) {
        String centreId = db.read(c -> Jdbc.one(c, "SELECT id FROM centre ORDER BY code LIMIT 1",
                row -> row.getString(1))).orElseThrow();
        List<String> topics = db.read(c -> Jdbc.list(c, "SELECT id FROM topic ORDER BY code", row -> row.getString(1)));
        List<String> people = db.read(c -> Jdbc.list(c, "SELECT id FROM person ORDER BY id", row -> row.getString(1)));
        long days = (rows + people.size() - 1) / people.size();
        LocalDate first = LocalDate.now(zone).minusDays(days);
        long written = 0;
        for (long d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            Instant opened = day.atTime(8, 0).atZone(zone).toInstant();
            ClassSession session = new ClassSession(Ids.newId(), centreId, topics.get((int) (d % topics.size())),
                    Optional.of("Bench"), opened, Optional.empty(), Optional.of(opened.plus(Duration.ofHours(2))));
            int count = (int) Math.min(people.size(), rows - written);
            db.write(c -> {
                Learning.insert(c, session);
                String mistaken = Ids.newId();
                for (int p = 0; p < count; p++) {
                    Learning.checkIn(c, new Attendance(p == 0 ? mistaken : Ids.newId(), session.id(), people.get(p),
                            opened.plusSeconds(p), p % 2 == 0 ? CheckInMethod.CARD : CheckInMethod.NAME));
                }
                Corrections.record(c, mistaken, Corrections.Action.REMOVE, "tapped by mistake", "Bench",
                        opened.plus(Duration.ofHours(1)));
                return null;
            });
            written += count;
        }
        return first;
    }
}
