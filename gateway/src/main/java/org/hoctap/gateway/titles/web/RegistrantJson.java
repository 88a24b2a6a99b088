package org.hoctap.gateway.titles.web;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.shared.store.Jdbc;

/**
 * Who a registration is for, as the officer's page shows it: the household's code and first member,
 * the person's name, household and member number, or the village (and the clan's or unit's name).
 * Ethnicity is sensitive: it is there only for an officer allowed to see it.
 */
final class RegistrantJson {
    private RegistrantJson() {
    }

    static JsonObject of(Connection c, Registrant registrant, Officer officer) throws SQLException {
        return switch (registrant) {
            case Registrant.Household h -> Jdbc.one(c, """
                    SELECT h.code, v.name AS village, (SELECT full_name FROM person WHERE household_id = h.id
                        ORDER BY member_no LIMIT 1) AS head
                    FROM household h JOIN village v ON v.id = h.village_id WHERE h.id = ?""",
                    row -> new JsonObject().put("household", row.getString("code")).put("name", row.getString("head"))
                            .put("village", row.getString("village")), h.householdId()).orElseThrow();
            case Registrant.Person p -> Jdbc.one(c, """
                    SELECT p.full_name, p.member_no, p.sex, p.birth_year, p.citizen_group, p.ethnicity, h.code,
                        v.name AS village
                    FROM person p JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id
                    WHERE p.id = ?""", row -> {
                        JsonObject json = new JsonObject().put("name", row.getString("full_name"))
                                .put("household", row.getString("code")).put("member", row.getInt("member_no"))
                                .put("sex", row.getString("sex")).put("birthYear", row.getObject("birth_year"))
                                .put("citizenGroup", row.getString("citizen_group"))
                                .put("village", row.getString("village"));
                        if (officer.seesSensitive()) {
                            json.put("ethnicity", row.getString("ethnicity"));
                        }
                        return json;
                    }, p.personId()).orElseThrow();
            case Registrant.Village v -> new JsonObject().put("village", villageName(c, v.villageId()));
            case Registrant.NamedGroup g -> new JsonObject().put("name", g.name())
                    .put("village", villageName(c, g.villageId()));
        };
    }

    private static String villageName(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT name FROM village WHERE id = ?", row -> row.getString(1), id).orElse("?");
    }
}
