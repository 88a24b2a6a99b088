package org.hoctap.kiosk.staff;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;

/** The record of who did what on the staff pages: logins, downloads, sessions opened and closed. */
public final class StaffLog {
    private StaffLog() {
    }

    /** One thing a staff member did, e.g. {@code ("Lan", "download", "csv 2026-11-01..2026-11-22")}. */
    public record Entry(Instant at, String staff, String action, String detail) {
    }

    public static void record(Connection c, Entry entry) throws SQLException {
        Jdbc.update(c, "INSERT INTO staff_action (id, at, staff, action, detail) VALUES (?, ?, ?, ?, ?)",
                Ids.newId(), entry.at(), entry.staff(), entry.action(), entry.detail());
    }

    /** The newest {@code limit} entries, newest first. */
    public static List<Entry> recent(Connection c, int limit) throws SQLException {
        return Jdbc.list(c, "SELECT at, staff, action, detail FROM staff_action ORDER BY at DESC, id DESC LIMIT ?",
                rs -> new Entry(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
                limit);
    }
}
