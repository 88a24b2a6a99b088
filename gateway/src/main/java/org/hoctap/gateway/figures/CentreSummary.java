package org.hoctap.gateway.figures;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.shared.store.Jdbc;

/** Each centre's year as the central server has it from the kiosks: classes, learner-turns, learners, women and men. */
public final class CentreSummary {
    public static final List<String> CODES = List.of("centre_code", "centre", "commune", "classes", "learner_turns",
            "learners", "women_turns", "men_turns");

    private CentreSummary() {
    }

    public static void rows(Connection c, CommuneScope scope, int year, Consumer<List<String>> sink)
            throws SQLException {
        Jdbc.each(c, """
                SELECT ce.code, ce.name, u.name AS commune,
                    (SELECT count(*) FROM class_session s WHERE s.centre_id = ce.id AND s.opened_at >= ?1
                       AND s.opened_at < ?2) AS classes,
                    count(a.id) AS turns, count(DISTINCT a.person_id) AS learners,
                    coalesce(sum(p.sex = 'F'), 0) AS women, coalesce(sum(p.sex = 'M'), 0) AS men
                FROM centre ce JOIN admin_unit u ON u.id = ce.commune_id
                LEFT JOIN class_session s ON s.centre_id = ce.id AND s.opened_at >= ?1 AND s.opened_at < ?2
                LEFT JOIN attendance a ON a.session_id = s.id
                    AND a.id NOT IN (SELECT attendance_id FROM attendance_removed)
                LEFT JOIN person p ON p.id = a.person_id
                WHERE\s""" + scope.sql("ce.commune_id") + " GROUP BY ce.id ORDER BY ce.code",
                row -> List.of(row.getString("code"), row.getString("name"), row.getString("commune"),
                        Long.toString(row.getLong("classes")), Long.toString(row.getLong("turns")),
                        Long.toString(row.getLong("learners")), Long.toString(row.getLong("women")),
                        Long.toString(row.getLong("men"))),
                sink, scope.params(List.of(TitleYears.start(year), TitleYears.end(year))));
    }
}
