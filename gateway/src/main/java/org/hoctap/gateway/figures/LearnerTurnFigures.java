package org.hoctap.gateway.figures;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.shared.store.Jdbc;

/**
 * Learner-turns of a year at the centres of the scope's communes (check-ins that count, corrections
 * applied), by centre, topic, month (Vietnam's) and sex, and by ethnicity only when asked for by a
 * role allowed to see sensitive data.
 */
public record LearnerTurnFigures(List<Count> byCentre, List<Count> byTopic, List<Count> byMonth, List<Count> bySex,
        Optional<List<Count>> byEthnicity) {

    /** A label and its learner-turns. */
    public record Count(String label, long turns) {
    }

    public static LearnerTurnFigures read(Connection c, CommuneScope scope, int year, boolean sensitive)
            throws SQLException {
        return new LearnerTurnFigures(count(c, scope, year, "ce.code || ' ' || ce.name"),
                count(c, scope, year, "t.name"),
                // Vietnam keeps UTC+7 all year.
                count(c, scope, year, "substr(datetime(s.opened_at, '+7 hours'), 1, 7)"),
                count(c, scope, year, "p.sex"),
                sensitive ? Optional.of(count(c, scope, year, "coalesce(p.ethnicity, '?')")) : Optional.empty());
    }

    private static List<Count> count(Connection c, CommuneScope scope, int year, String label) throws SQLException {
        return Jdbc.list(c, "SELECT " + label + """
                 AS label, count(*) AS turns
                FROM attendance a JOIN class_session s ON s.id = a.session_id JOIN centre ce ON ce.id = s.centre_id
                JOIN topic t ON t.id = s.topic_id JOIN person p ON p.id = a.person_id
                WHERE s.opened_at >= ? AND s.opened_at < ? AND a.id NOT IN (SELECT attendance_id FROM attendance_removed)
                  AND\s""" + scope.sql("ce.commune_id") + " GROUP BY 1 ORDER BY 1",
                row -> new Count(row.getString("label"), row.getLong("turns")),
                scope.params(List.of(TitleYears.start(year), TitleYears.end(year))));
    }
}
