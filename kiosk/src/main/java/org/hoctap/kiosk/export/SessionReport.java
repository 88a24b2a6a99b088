package org.hoctap.kiosk.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;

/** One row per session opened in the period: when, what, who taught, and its learner-turns (women, men). */
final class SessionReport implements Report {
    /**
     * The sessions opened at a centre in a period ({@code ?, ?, ?}), each with its topic and the check-ins
     * that count and their persons ({@code a}, {@code p}: NULL for a session nobody came to).
     */
    static final String SESSIONS_AND_CHECK_INS = """
            FROM class_session s
            JOIN topic t ON t.id = s.topic_id
            LEFT JOIN attendance a ON a.session_id = s.id
                 AND a.id NOT IN (SELECT attendance_id FROM attendance_removed)
            LEFT JOIN person p ON p.id = a.person_id
            WHERE s.centre_id = ? AND s.opened_at >= ? AND s.opened_at < ?
            """;
    private static final String SQL = """
            SELECT s.opened_at, s.closed_at, t.code, t.name, coalesce(s.teacher, ''), count(p.id),
                   coalesce(sum(p.sex = 'F'), 0), coalesce(sum(p.sex = 'M'), 0), s.id
            """ + SESSIONS_AND_CHECK_INS + """
            GROUP BY s.id
            ORDER BY s.opened_at, s.id""";

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public String filePrefix() {
        return "buoi-hoc";
    }

    @Override
    public List<String> codes() {
        return List.of("session_opened_at", "session_closed_at", "topic_code", "topic", "teacher", "learner_turns",
                "women", "men", "session_id");
    }

    @Override
    public void each(Connection c, String centreId, Instant from, Instant to, ZoneId zone, Consumer<List<String>> sink)
            throws SQLException {
        LocalTimeText times = new LocalTimeText(zone);
        Jdbc.each(c, SQL, row -> List.of(
                times.of(Rows.instant(row.getString(1))),
                row.getString(2) == null ? "" : times.of(Rows.instant(row.getString(2))),
                row.getString(3), row.getString(4), row.getString(5),
                Long.toString(row.getLong(6)), Long.toString(row.getLong(7)), Long.toString(row.getLong(8)),
                row.getString(9)), sink, centreId, from, to);
    }
}
