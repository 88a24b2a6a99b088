package org.hoctap.gateway.titles.evidence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.scoring.Figures;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.StoreException;

/**
 * A registration's evidence as the database has it for the registration's year: a household's
 * activities and its members' learner-turns for a family, a person's own for a citizen, all the
 * village's for a community; staff facts about the household, the person, or (for a village, clan
 * or unit) the registration itself. Read inside the caller's transaction.
 */
public final class RecordedFigures implements Figures {
    private static final int ADULT_FROM = 19;
    private static final int ADULT_TO = 60;

    private final Connection c;
    private final TitleRegistration registration;
    private final Instant from;
    private final Instant to;

    public RecordedFigures(Connection c, TitleRegistration registration) {
        this.c = c;
        this.registration = registration;
        this.from = TitleYears.start(registration.year());
        this.to = TitleYears.end(registration.year());
    }

    /** Which people's records count, as SQL over person ids, with its one parameter; empty for clans and units. */
    private record Scope(String persons, String households, String id) {
    }

    private Scope scope() {
        return switch (registration.registrant()) {
            case Registrant.Household h -> new Scope("SELECT id FROM person WHERE household_id = ?",
                    "SELECT ?", h.householdId());
            case Registrant.Person p -> new Scope("SELECT ?", null, p.personId());
            case Registrant.Village v -> new Scope(
                    "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id WHERE h.village_id = ?",
                    "SELECT id FROM household WHERE village_id = ?", v.villageId());
            case Registrant.NamedGroup g -> null;
        };
    }

    /** Whose facts these are: the household, the person, or the registration itself. */
    public String factSubject() {
        return switch (registration.registrant()) {
            case Registrant.Household h -> h.householdId();
            case Registrant.Person p -> p.personId();
            default -> registration.id();
        };
    }

    @Override
    public long activities(Set<Integer> codes) {
        Scope scope = scope();
        if (scope == null || codes.isEmpty()) {
            return 0;
        }
        String in = codes.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String who = scope.households() != null ? "household_id IN (" + scope.households() + ")"
                : "person_id IN (" + scope.persons() + ")";
        return count("""
                SELECT coalesce(sum(count), 0) FROM activity WHERE\s""" + who + " AND activity_code IN (" + in + """
                ) AND reported_at >= ? AND reported_at < ? AND undone_at IS NULL""", scope.id());
    }

    @Override
    public long learnerTurns() {
        Scope scope = scope();
        if (scope == null) {
            return 0;
        }
        return count("""
                SELECT count(*) FROM attendance a JOIN class_session s ON s.id = a.session_id
                WHERE a.person_id IN (""" + scope.persons() + """
                ) AND s.opened_at >= ? AND s.opened_at < ?
                  AND a.id NOT IN (SELECT attendance_id FROM attendance_removed)""", scope.id());
    }

    @Override
    public OptionalLong fact(String fact) {
        try {
            return Facts.latest(c, registration.year(), factSubject(), fact);
        } catch (SQLException e) {
            throw new StoreException("cannot read fact " + fact, e);
        }
    }

    @Override
    public long learningCitizensPercent() {
        Scope scope = scope();
        if (scope == null || registration.registrant() instanceof Registrant.Person) {
            return 0;
        }
        int year = registration.year();
        String adults = "SELECT id FROM person WHERE id IN (" + scope.persons() + ") AND birth_year BETWEEN ? AND ?";
        try {
            long all = Jdbc.count(c, "SELECT count(*) FROM (" + adults + ")", scope.id(),
                    year - ADULT_TO, year - ADULT_FROM);
            if (all == 0) {
                return 0;
            }
            long citizens = Jdbc.count(c, """
                    SELECT count(*) FROM title_registration r JOIN standing_decision d ON d.registration_id = r.id
                    WHERE r.title = 'CITIZEN' AND r.year = ? AND d.achieved = 1 AND r.person_id IN (""" + adults + ")",
                    year, scope.id(), year - ADULT_TO, year - ADULT_FROM);
            return citizens * 100 / all;
        } catch (SQLException e) {
            throw new StoreException("cannot count the learning citizens", e);
        }
    }

    private long count(String sql, String id) {
        try {
            return Jdbc.count(c, sql, id, from, to);
        } catch (SQLException e) {
            throw new StoreException("cannot read the evidence of registration " + registration.id(), e);
        }
    }
}
