package org.hoctap.gateway.figures;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.titles.AreaType;
import org.hoctap.shared.titles.TitleKind;

/**
 * A village's year as the association reports it: its households and adults (19 to 60), the
 * registrations for each title and those recognised (standing decisions), its people's learner-turns
 * at the centres, and the activities its households reported.
 */
public record VillageFigures(String communeId, String commune, AreaType area, String villageId, String village,
        long households, long adults, Map<TitleKind, long[]> titles, long learnerTurns, long activities) {

    private record TitleRow(String villageId, TitleKind title, long registered, long achieved) {
    }

    /** How many registered for {@code title}. */
    public long registered(TitleKind title) {
        return titles.getOrDefault(title, new long[2])[0];
    }

    /** How many of them were recognised (their standing decision). */
    public long achieved(TitleKind title) {
        return titles.getOrDefault(title, new long[2])[1];
    }

    /** Every village of the scope's communes, by commune and village name. */
    public static List<VillageFigures> read(Connection c, CommuneScope scope, int year) throws SQLException {
        Map<String, VillageFigures> byVillage = new LinkedHashMap<>();
        Jdbc.each(c, """
                SELECT v.id, v.name, u.id AS commune_id, u.name AS commune, u.area_type,
                    (SELECT count(*) FROM household h WHERE h.village_id = v.id) AS households,
                    (SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id
                     WHERE h.village_id = v.id AND p.birth_year BETWEEN ? AND ?) AS adults,
                    (SELECT count(*) FROM attendance a JOIN class_session s ON s.id = a.session_id
                       JOIN person p ON p.id = a.person_id JOIN household h ON h.id = p.household_id
                     WHERE h.village_id = v.id AND s.opened_at >= ? AND s.opened_at < ?
                       AND a.id NOT IN (SELECT attendance_id FROM attendance_removed)) AS turns,
                    (SELECT coalesce(sum(x.count), 0) FROM activity x JOIN household h ON h.id = x.household_id
                     WHERE h.village_id = v.id AND x.reported_at >= ? AND x.reported_at < ? AND x.undone_at IS NULL)
                        AS activities
                FROM village v JOIN admin_unit u ON u.id = v.commune_id
                WHERE\s""" + scope.sql("u.id") + " ORDER BY u.name, v.name",
                row -> new VillageFigures(row.getString("commune_id"), row.getString("commune"),
                        AreaType.valueOf(row.getString("area_type")), row.getString("id"), row.getString("name"),
                        row.getLong("households"), row.getLong("adults"), new EnumMap<>(TitleKind.class),
                        row.getLong("turns"), row.getLong("activities")),
                v -> byVillage.put(v.villageId(), v),
                scope.params(List.of(year - 60, year - 19, TitleYears.start(year), TitleYears.end(year),
                        TitleYears.start(year), TitleYears.end(year))));
        Jdbc.each(c, """
                SELECT rp.village_id, r.title, count(*) AS registered, coalesce(sum(d.achieved), 0) AS achieved
                FROM title_registration r JOIN registration_place rp ON rp.registration_id = r.id
                LEFT JOIN standing_decision d ON d.registration_id = r.id
                WHERE r.year = ? AND\s""" + scope.sql("rp.commune_id") + " GROUP BY rp.village_id, r.title",
                row -> new TitleRow(row.getString("village_id"), TitleKind.valueOf(row.getString("title")),
                        row.getLong("registered"), row.getLong("achieved")),
                t -> byVillage.get(t.villageId()).titles().put(t.title(), new long[] {t.registered(), t.achieved()}),
                scope.params(List.of(year)));
        return List.copyOf(byVillage.values());
    }
}
