package org.hoctap.kiosk.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.hoctap.shared.store.Jdbc;

/**
 * One row per topic taught in the period: its sessions, learner-turns ("lượt học viên", the official
 * count), how many different people came, women and men among the turns.
 */
final class TopicReport implements Report {
    private static final String SQL = """
            SELECT t.code, t.name, count(DISTINCT s.id), count(p.id), count(DISTINCT p.id),
                   coalesce(sum(p.sex = 'F'), 0), coalesce(sum(p.sex = 'M'), 0)
            """ + SessionReport.SESSIONS_AND_CHECK_INS + """
            GROUP BY t.id
            ORDER BY t.name""";

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public String filePrefix() {
        return "chuyen-de";
    }

    @Override
    public List<String> codes() {
        return List.of("topic_code", "topic", "sessions", "learner_turns", "learners", "women", "men");
    }

    @Override
    public void each(Connection c, String centreId, Instant from, Instant to, ZoneId zone, Consumer<List<String>> sink)
            throws SQLException {
        Jdbc.each(c, SQL, row -> List.of(row.getString(1), row.getString(2), Long.toString(row.getLong(3)),
                Long.toString(row.getLong(4)), Long.toString(row.getLong(5)), Long.toString(row.getLong(6)),
                Long.toString(row.getLong(7))), sink, centreId, from, to);
    }
}
