package org.hoctap.gateway.titles.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.officers.Officers;
import org.hoctap.gateway.titles.evidence.Facts;
import org.hoctap.gateway.titles.evidence.RecordedFigures;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.Registrations;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.rules.Indicator;
import org.hoctap.gateway.titles.rules.RuleSet;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.gateway.titles.scoring.Adjustment;
import org.hoctap.gateway.titles.scoring.Score;
import org.hoctap.gateway.titles.scoring.Scorer;
import org.hoctap.shared.people.CitizenGroup;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.titles.AreaType;
import org.hoctap.shared.titles.TitleKind;

/**
 * The officer's side of the yearly cycle: a registration's provisional score with its evidence, an
 * indicator adjusted with a written reason, and the result confirmed, each step refused (with a
 * {@link ReviewRefusal}) to an officer whose role does not reach the registration's commune or who
 * may not decide the title. Runs inside the caller's transaction.
 */
public final class Review {
    static final String NO_SUCH_REGISTRATION = "review.no_such_registration";
    static final String NOT_YOURS = "review.not_yours";
    static final String MAY_NOT_DECIDE = "review.may_not_decide";
    static final String NO_RULES = "review.no_rules";
    static final String NOT_CONFIGURED = "review.not_configured";
    static final String NO_SUCH_INDICATOR = "review.no_such_indicator";
    static final String POINTS_OUT_OF_RANGE = "review.points_out_of_range";
    static final String REASON_NEEDED = "review.reason_needed";

    private final RuleSets ruleSets;
    private final Clock clock;

    public Review(RuleSets ruleSets, Clock clock) {
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /** The registration as {@code officer} may review it. */
    public Evaluation evaluate(Connection c, Officer officer, String registrationId) throws SQLException {
        return evaluate(c, reachable(c, officer, registrationId));
    }

    /** A registration's evaluation, whoever asks (for the results a household receives). */
    public Evaluation evaluate(Connection c, TitleRegistration registration) throws SQLException {
        Optional<RuleSet> rules = ruleSets.forTitle(registration.title(), registration.year());
        RecordedFigures figures = new RecordedFigures(c, registration);
        Optional<Score> score = Optional.empty();
        if (rules.isPresent() && rules.get().configured()) {
            score = Optional.of(Scorer.score(rules.get(), citizenGroup(c, registration), area(c, registration), figures,
                    Adjustments.standing(c, registration.id(), rules.get().label())));
        }
        return new Evaluation(registration, rules, score, Facts.latestOf(c, registration.year(), figures.factSubject()),
                Decisions.standing(c, registration.id()));
    }

    /** Gives {@code indicator} {@code points} in place of the computed ones, for {@code reason}. */
    public Evaluation adjust(Connection c, Officer officer, String registrationId, String indicator, int points,
            String reason) throws SQLException {
        TitleRegistration registration = reachable(c, officer, registrationId);
        RuleSet rules = configuredRulesFor(registration);
        Indicator adjusted = rules.criteria().stream().flatMap(k -> k.indicators().stream())
                .filter(i -> i.code().equals(indicator)).findFirst()
                .orElseThrow(() -> new ReviewRefusal(NO_SUCH_INDICATOR, Map.of("indicator", indicator)));
        if (points < 0 || points > adjusted.points()) {
            throw new ReviewRefusal(POINTS_OUT_OF_RANGE, Map.of("indicator", indicator, "max", adjusted.points()));
        }
        if (reason == null || reason.isBlank()) {
            throw new ReviewRefusal(REASON_NEEDED);
        }
        Instant now = clock.instant();
        Adjustments.insert(c, registration.id(), rules.label(),
                new Adjustment(indicator, points, reason.strip(), officer.login(), now));
        Officers.log(c, officer.login(), "adjust", registration.id() + " " + indicator + " = " + points + ": " + reason.strip(),
                now);
        return evaluate(c, registration);
    }

    /** Confirms the registration's score as it stands: a new decision, replacing any earlier one. */
    public Decision confirm(Connection c, Officer officer, String registrationId) throws SQLException {
        TitleRegistration registration = reachable(c, officer, registrationId);
        RuleSet rules = configuredRulesFor(registration);
        if (!officer.role().atLeast(rules.decidedBy())) {
            throw new ReviewRefusal(MAY_NOT_DECIDE, Map.of("title", rules.names().in(Language.VI)));
        }
        Score score = evaluate(c, registration).score().orElseThrow();
        Instant now = clock.instant();
        Decision decision = Decisions.insert(c, registration.id(), score, officer.login(), now);
        Officers.log(c, officer.login(), "decide", registration.id() + " " + rules.label() + ": " + score.total()
                + (score.achieved() ? " achieved" : " not achieved"), now);
        return decision;
    }

    /** The registration, if {@code officer}'s role reaches its commune. */
    public TitleRegistration reachable(Connection c, Officer officer, String registrationId) throws SQLException {
        TitleRegistration registration = Registrations.byId(c, registrationId)
                .orElseThrow(() -> new ReviewRefusal(NO_SUCH_REGISTRATION));
        if (!Officers.communes(c, officer).communeIds().contains(Registrations.communeOf(c, registration))) {
            // Said as "no such registration" would hide that it exists; officers may know that much.
            throw new ReviewRefusal(NOT_YOURS);
        }
        return registration;
    }

    /** The rule set for {@code title} in {@code year}; refused when none covers the year: nothing could score it. */
    public RuleSet rulesFor(TitleKind title, int year) {
        return ruleSets.forTitle(title, year).orElseThrow(() -> new ReviewRefusal(NO_RULES, Map.of("title",
                ruleSets.namesOf(title).map(n -> n.in(Language.VI)).orElse(title.name()), "year", year)));
    }

    private RuleSet configuredRulesFor(TitleRegistration registration) {
        RuleSet rules = rulesFor(registration.title(), registration.year());
        if (!rules.configured()) {
            throw new ReviewRefusal(NOT_CONFIGURED, Map.of("title", rules.names().in(Language.VI)));
        }
        return rules;
    }

    private static Optional<CitizenGroup> citizenGroup(Connection c, TitleRegistration registration)
            throws SQLException {
        if (!(registration.registrant() instanceof Registrant.Person person)) {
            return Optional.empty();
        }
        return Jdbc.one(c, "SELECT citizen_group FROM person WHERE id = ?",
                row -> Rows.optionalEnum(row, "citizen_group", CitizenGroup.class), person.personId()).flatMap(g -> g);
    }

    private static AreaType area(Connection c, TitleRegistration registration) throws SQLException {
        return Places.areaType(c, Registrations.communeOf(c, registration));
    }
}
