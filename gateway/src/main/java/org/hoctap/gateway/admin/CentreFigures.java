package org.hoctap.gateway.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;

/**
 * What an officer looks at to see which kiosks have gone quiet: for each centre, when one of its
 * kiosks last synced, how many kiosks it has, and its classes, check-ins and learner-turns (the
 * check-ins that count, corrections applied) this month and this year, as the central server has them.
 */
public record CentreFigures(String code, String name, int kiosks, Optional<Instant> lastSync, long classesThisMonth,
        long classesThisYear, long checkInsThisMonth, long checkInsThisYear, long learnerTurnsThisMonth,
        long learnerTurnsThisYear) {

    public static List<CentreFigures> read(Connection c, Instant now, ZoneId zone) throws SQLException {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant month = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
        Instant year = today.withDayOfYear(1).atStartOfDay(zone).toInstant();
        List<CentreFigures> figures = new ArrayList<>();
        for (Centre centre : Places.centres(c)) {
            int kiosks = (int) Jdbc.count(c, "SELECT count(*) FROM sync_device WHERE centre_id = ? AND revoked_at IS NULL",
                    centre.id());
            Optional<Instant> lastSync = Jdbc.one(c, """
                    SELECT max(last_seen_at) AS last FROM sync_device WHERE centre_id = ? AND revoked_at IS NULL""",
                    row -> Rows.optionalInstant(row, "last"), centre.id()).flatMap(last -> last);
            figures.add(new CentreFigures(centre.code(), centre.name(), kiosks, lastSync,
                    classes(c, centre, month), classes(c, centre, year), checkIns(c, centre, month, false),
                    checkIns(c, centre, year, false), checkIns(c, centre, month, true), checkIns(c, centre, year, true)));
        }
        return figures;
    }

    private static long classes(Connection c, Centre centre, Instant since) throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM class_session WHERE centre_id = ? AND opened_at >= ?", centre.id(),
                since);
    }

    /** Check-ins in classes opened since then; {@code counting}: only those a correction has not removed. */
    private static long checkIns(Connection c, Centre centre, Instant since, boolean counting) throws SQLException {
        return Jdbc.count(c, """
                SELECT count(*) FROM attendance a JOIN class_session s ON s.id = a.session_id
                WHERE s.centre_id = ? AND s.opened_at >= ?""" + (counting
                ? " AND a.id NOT IN (SELECT attendance_id FROM attendance_removed)" : ""), centre.id(), since);
    }
}
