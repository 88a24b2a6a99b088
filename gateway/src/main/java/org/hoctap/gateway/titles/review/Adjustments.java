package org.hoctap.gateway.titles.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hoctap.gateway.titles.scoring.Adjustment;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;

/** Officers' adjustments of indicators: records, the latest per indicator and rule set standing. */
final class Adjustments {
    private Adjustments() {
    }

    static void insert(Connection c, String registrationId, String ruleSet, Adjustment adjustment) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO indicator_adjustment (id, registration_id, rule_set, indicator, points, reason, adjusted_by,
                    adjusted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Ids.newId(), registrationId, ruleSet,
                adjustment.indicator(), adjustment.points(), adjustment.reason(), adjustment.by(), adjustment.at());
    }

    /** The standing adjustment of each indicator of a registration under {@code ruleSet}, by indicator code. */
    static Map<String, Adjustment> standing(Connection c, String registrationId, String ruleSet) throws SQLException {
        Map<String, Adjustment> byIndicator = new LinkedHashMap<>();
        Jdbc.each(c, """
                SELECT indicator, points, reason, adjusted_by, adjusted_at FROM indicator_adjustment
                WHERE registration_id = ? AND rule_set = ? ORDER BY adjusted_at, id""",
                row -> new Adjustment(row.getString("indicator"), row.getInt("points"), row.getString("reason"),
                        row.getString("adjusted_by"), Rows.instant(row, "adjusted_at")),
                a -> byIndicator.put(a.indicator(), a), registrationId, ruleSet);
        return byIndicator;
    }
}
