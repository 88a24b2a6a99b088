package org.hoctap.gateway.titles.review;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.titles.scoring.IndicatorScore;
import org.hoctap.gateway.titles.scoring.Score;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;
import org.hoctap.shared.titles.AreaType;

/** Decisions on registrations: inserted, never changed; the latest of a registration stands. */
public final class Decisions {
    private static final String COLUMNS = """
            id, registration_id, rule_set, rule_set_digest, area_type, total, maximum, pass_mark, achieved, band,
            scores, shortfalls, decided_by, decided_at, replaces""";

    private Decisions() {
    }

    static Decision insert(Connection c, String registrationId, Score score, String by, Instant now)
            throws SQLException {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (IndicatorScore s : score.indicators()) {
            scores.put(s.indicator().code(), s.points());
        }
        Optional<String> replaces = standing(c, registrationId).map(Decision::id);
        Decision decision = new Decision(Ids.newId(), registrationId, score.rules().label(), score.rules().digest(),
                score.area(), score.total(), score.rules().maximum(), score.passMark(), score.achieved(),
                score.band().map(b -> b.code()), scores,
                score.shortfalls().stream().map(s -> s.indicator().code()).toList(), by, now, replaces);
        Jdbc.update(c, "INSERT INTO title_decision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                decision.id(), registrationId, decision.ruleSet(), decision.ruleSetDigest(), decision.area().name(),
                decision.total(), decision.maximum(), score.passMark().isPresent() ? score.passMark().getAsInt() : null,
                decision.achieved() ? 1 : 0, decision.band().orElse(null), new JsonObject(new LinkedHashMap<>(scores)).encode(),
                String.join(",", decision.shortfalls()), by, now, replaces.orElse(null));
        return decision;
    }

    /** The decision that stands for a registration: its latest. */
    public static Optional<Decision> standing(Connection c, String registrationId) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM standing_decision WHERE registration_id = ?", Decisions::decision,
                registrationId);
    }

    /** Every decision on a registration, oldest first. */
    public static List<Decision> history(Connection c, String registrationId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM title_decision WHERE registration_id = ? ORDER BY decided_at, id",
                Decisions::decision, registrationId);
    }

    public static Optional<Decision> byId(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM title_decision WHERE id = ?", Decisions::decision, id);
    }

    private static Decision decision(ResultSet row) throws SQLException {
        Map<String, Integer> scores = new LinkedHashMap<>();
        new JsonObject(row.getString("scores")).forEach(e -> scores.put(e.getKey(), ((Number) e.getValue()).intValue()));
        String shortfalls = row.getString("shortfalls");
        int passMark = row.getInt("pass_mark");
        OptionalInt pass = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(passMark);
        return new Decision(row.getString("id"), row.getString("registration_id"), row.getString("rule_set"),
                row.getString("rule_set_digest"), Rows.enumValue(row, "area_type", AreaType.class), row.getInt("total"),
                row.getInt("maximum"), pass, row.getInt("achieved") == 1,
                Rows.optionalString(row, "band"), scores,
                shortfalls.isEmpty() ? List.of() : Arrays.asList(shortfalls.split(",")), row.getString("decided_by"),
                Rows.instant(row, "decided_at"), Rows.optionalString(row, "replaces"));
    }
}
