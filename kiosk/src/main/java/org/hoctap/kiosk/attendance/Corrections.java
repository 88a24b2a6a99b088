package org.hoctap.kiosk.attendance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;

/**
 * Corrections of check-ins: records that remove a mistaken check-in from the counts, or restore one
 * removed by mistake. The check-in itself is never changed; its newest correction decides.
 */
public final class Corrections {
    public enum Action { REMOVE, RESTORE }

    private Corrections() {
    }

    /** Whether the check-in's newest correction removed it. */
    public static boolean isRemoved(Connection c, String attendanceId) throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM attendance_removed WHERE attendance_id = ?", attendanceId) > 0;
    }

    /**
     * Records a correction unless it would change nothing (removing a removed check-in, restoring one
     * that counts).
     *
     * @return whether it was recorded
     */
    public static boolean record(Connection c, String attendanceId, Action action, String reason, String staff,
            Instant at) throws SQLException {
        if (isRemoved(c, attendanceId) == (action == Action.REMOVE)) {
            return false;
        }
        Jdbc.update(c, """
                INSERT INTO attendance_correction (id, attendance_id, action, reason, staff, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""", Ids.newId(), attendanceId, action, reason, staff, at);
        return true;
    }
}
