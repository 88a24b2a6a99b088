package org.hoctap.kiosk.attendance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;

/** The check-ins of one session as staff see them: each with who, when, how, and whether a correction removed it. */
final class SessionCheckIns {
    /** One line of a session's list. */
    record Line(String attendanceId, String personId, String fullName, String householdCode, int memberNo,
            String villageName, Instant checkedInAt, CheckInMethod method, boolean removed) {
    }

    private SessionCheckIns() {
    }

    static List<Line> of(Connection c, String centreId, String sessionId) throws SQLException {
        return Jdbc.list(c, """
                SELECT a.id, a.person_id, p.full_name, h.code, p.member_no, v.name, a.checked_in_at, a.method,
                       a.id IN (SELECT attendance_id FROM attendance_removed) AS removed
                FROM attendance a
                JOIN class_session s ON s.id = a.session_id
                JOIN person p ON p.id = a.person_id
                JOIN household h ON h.id = p.household_id
                JOIN village v ON v.id = h.village_id
                WHERE a.session_id = ? AND s.centre_id = ?
                ORDER BY a.checked_in_at, a.id""",
                row -> new Line(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                        row.getString(6), Rows.instant(row.getString(7)), CheckInMethod.valueOf(row.getString(8)),
                        row.getBoolean(9)),
                sessionId, centreId);
    }

    /** The check-in {@code attendanceId} when it is one of the centre's. */
    static Optional<String> sessionOf(Connection c, String centreId, String attendanceId) throws SQLException {
        return Jdbc.one(c, """
                SELECT a.session_id FROM attendance a JOIN class_session s ON s.id = a.session_id
                WHERE a.id = ? AND s.centre_id = ?""", row -> row.getString(1), attendanceId, centreId);
    }
}
