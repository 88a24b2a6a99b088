package org.hoctap.shared.learning;

import static org.hoctap.shared.store.Rows.enumValue;
import static org.hoctap.shared.store.Rows.instant;
import static org.hoctap.shared.store.Rows.optionalInstant;
import static org.hoctap.shared.store.Rows.optionalString;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.store.Jdbc;

/** Topics, class sessions and attendance in the store. */
public final class Learning {
    private Learning() {
    }

    public static void insert(Connection c, Topic topic) throws SQLException {
        Jdbc.update(c, "INSERT INTO topic (id, code, name, category, pictogram) VALUES (?, ?, ?, ?, ?)",
                topic.id(), topic.code(), topic.name(), topic.category(), topic.pictogram());
    }

    public static List<Topic> topics(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM topic ORDER BY code", Learning::topic);
    }

    public static Optional<Topic> topic(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM topic WHERE id = ?", Learning::topic, id);
    }

    public static void insert(Connection c, ClassSession session) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO class_session (id, centre_id, topic_id, teacher, opened_at, planned_end, closed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                session.id(), session.centreId(), session.topicId(), session.teacher(), session.openedAt(),
                session.plannedEnd(), session.closedAt());
    }

    /**
     * Closes a session at {@code at} unless it is closed already.
     *
     * @return whether this call closed it
     */
    public static boolean close(Connection c, String sessionId, Instant at) throws SQLException {
        return Jdbc.update(c, "UPDATE class_session SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
                at, sessionId) == 1;
    }

    /** The centre's sessions opened in {@code [from, to)}, oldest first. */
    public static List<ClassSession> sessionsOpenedBetween(Connection c, String centreId, Instant from, Instant to)
            throws SQLException {
        return Jdbc.list(c, """
                SELECT * FROM class_session WHERE centre_id = ? AND opened_at >= ? AND opened_at < ?
                ORDER BY opened_at, id""", Learning::session, centreId, from, to);
    }

    public static Optional<ClassSession> session(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM class_session WHERE id = ?", Learning::session, id);
    }

    /** The centre's open sessions, newest first: on the index of open sessions (migration V13). */
    static final String OPEN_SESSIONS = """
            SELECT * FROM class_session WHERE centre_id = ? AND closed_at IS NULL
            ORDER BY opened_at DESC""";

    /** The centre's sessions that are open, newest first. */
    public static List<ClassSession> openSessions(Connection c, String centreId) throws SQLException {
        return Jdbc.list(c, OPEN_SESSIONS, Learning::session, centreId);
    }

    /**
     * Records a check-in unless the person is already checked in to that session.
     *
     * @return true when this call recorded it, false when it was already there
     */
    public static boolean checkIn(Connection c, Attendance attendance) throws SQLException {
        return Jdbc.update(c, """
                INSERT INTO attendance (id, session_id, person_id, checked_in_at, method)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (session_id, person_id) DO NOTHING""",
                attendance.id(), attendance.sessionId(), attendance.personId(), attendance.checkedInAt(),
                attendance.method()) == 1;
    }

    public static Optional<Attendance> attendance(Connection c, String sessionId, String personId)
            throws SQLException {
        return Jdbc.one(c, "SELECT * FROM attendance WHERE session_id = ? AND person_id = ?",
                Learning::attendance, sessionId, personId);
    }

    /** Check-ins at a centre in {@code [from, to)}, in the order they happened. */
    public static List<Attendance> attendanceBetween(Connection c, String centreId, Instant from, Instant to)
            throws SQLException {
        return Jdbc.list(c, """
                SELECT a.* FROM attendance a JOIN class_session s ON s.id = a.session_id
                WHERE s.centre_id = ? AND a.checked_in_at >= ? AND a.checked_in_at < ?
                ORDER BY a.checked_in_at, a.id""", Learning::attendance, centreId, from, to);
    }

    private static Topic topic(ResultSet row) throws SQLException {
        return new Topic(row.getString("id"), row.getString("code"), row.getString("name"),
                row.getString("category"), row.getString("pictogram"));
    }

    private static ClassSession session(ResultSet row) throws SQLException {
        return new ClassSession(row.getString("id"), row.getString("centre_id"), row.getString("topic_id"),
                optionalString(row, "teacher"), instant(row, "opened_at"), optionalInstant(row, "planned_end"),
                optionalInstant(row, "closed_at"));
    }

    private static Attendance attendance(ResultSet row) throws SQLException {
        return new Attendance(row.getString("id"), row.getString("session_id"), row.getString("person_id"),
                instant(row, "checked_in_at"), enumValue(row, "method", CheckInMethod.class));
    }
}
