package org.hoctap.kiosk.attendance;


import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Consumer;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;

/** The check-ins at a centre over a time span, read one row at a time. */
final class AttendanceLog {
    private static final String SQL = """
            SELECT a.checked_in_at, a.method, t.name AS topic_name, p.full_name, h.code AS household_code,
                   p.member_no, v.name AS village_name
            FROM attendance a
            JOIN class_session s ON s.id = a.session_id
            JOIN topic t ON t.id = s.topic_id
            JOIN person p ON p.id = a.person_id
            JOIN household h ON h.id = p.household_id
            JOIN village v ON v.id = h.village_id
            WHERE s.centre_id = ? AND a.checked_in_at >= ? AND a.checked_in_at < ?
              AND a.id NOT IN (SELECT attendance_id FROM attendance_removed)
            ORDER BY a.checked_in_at, a.id""";

    private AttendanceLog() {
    }

    /** Streams the check-ins in {@code [from, to)}, in the order they happened. */
    static void each(Connection c, String centreId, Instant from, Instant to, Consumer<AttendanceRow> sink)
            throws SQLException {
        Jdbc.each(c, SQL, AttendanceLog::row, sink, centreId, from, to);
    }

    /** By column position, in the order of the SELECT: the export maps a million rows. */
    private static AttendanceRow row(ResultSet row) throws SQLException {
        return new AttendanceRow(Rows.instant(row.getString(1)), row.getString(3), row.getString(4),
                row.getString(5), row.getInt(6), row.getString(7), CheckInMethod.valueOf(row.getString(2)));
    }
}
