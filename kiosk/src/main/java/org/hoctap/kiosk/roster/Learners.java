package org.hoctap.kiosk.roster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.store.Jdbc;

/** The learners of a centre: the people of the households in the villages of its commune. */
public final class Learners {
    private static final String SELECT = """
            SELECT p.id, p.full_name, v.name AS village_name, h.code AS household_code, p.member_no
            FROM person p
            JOIN household h ON h.id = p.household_id
            JOIN village v ON v.id = h.village_id
            JOIN centre ce ON ce.commune_id = v.commune_id
            WHERE ce.id = ?""";

    private Learners() {
    }

    /** Everyone the centre serves, by name, then household and member number. */
    public static List<Learner> ofCentre(Connection c, String centreId) throws SQLException {
        return Jdbc.list(c, SELECT + " ORDER BY p.full_name, h.code, p.member_no", Learners::learner, centreId);
    }

    /** The person {@code personId} when they are a learner of the centre. */
    public static Optional<Learner> find(Connection c, String centreId, String personId) throws SQLException {
        return Jdbc.one(c, SELECT + " AND p.id = ?", Learners::learner, centreId, personId);
    }

    private static Learner learner(ResultSet row) throws SQLException {
        return new Learner(row.getString("id"), row.getString("full_name"), row.getString("village_name"),
                row.getString("household_code"), row.getInt("member_no"));
    }
}
