package org.hoctap.gateway.titles.results;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.review.Decision;
import org.hoctap.gateway.titles.rules.Indicator;
import org.hoctap.gateway.titles.rules.RuleSet;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * Words a decision for the household it concerns: "recognised as a Learning Family 2026: 82/100", or
 * "not yet: 62/100; short: reading and child school attendance", naming at most two indicators that
 * fell short, in the rule set's words for the household's language.
 */
public final class ResultMessages {
    static final String FAMILY_ACHIEVED = "result.family_achieved";
    static final String FAMILY_NOT_YET = "result.family_not_yet";
    static final String CITIZEN_ACHIEVED = "result.citizen_achieved";
    static final String CITIZEN_NOT_YET = "result.citizen_not_yet";
    private static final int SHORTFALLS_NAMED = 2;

    private final RuleSets ruleSets;
    private final Templates templates;

    public ResultMessages(RuleSets ruleSets, Templates templates) {
        this.ruleSets = ruleSets;
        this.templates = templates;
    }

    /** The message for a family's or a citizen's decision; empty for titles households do not receive by SMS. */
    public Optional<ResultMessage> of(Connection c, TitleRegistration registration, Decision decision)
            throws SQLException {
        Map<String, Object> values = new HashMap<>();
        values.put("year", registration.year());
        values.put("total", decision.total());
        values.put("maximum", decision.maximum());
        switch (registration.registrant()) {
            case Registrant.Household h -> {
                Household household = People.household(c, h.householdId()).orElseThrow();
                values.put("household", household.code());
                values.put("name", headOf(c, household));
                return Optional.of(message(decision, household.language(), FAMILY_ACHIEVED, FAMILY_NOT_YET, values));
            }
            case Registrant.Person p -> {
                Person person = People.person(c, p.personId()).orElseThrow();
                Household household = People.household(c, person.householdId()).orElseThrow();
                values.put("name", person.fullName());
                return Optional.of(message(decision, person.language().orElse(household.language()), CITIZEN_ACHIEVED,
                        CITIZEN_NOT_YET, values));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private ResultMessage message(Decision decision, Language language, String achieved, String notYet,
            Map<String, Object> values) {
        if (decision.achieved()) {
            return new ResultMessage(achieved, language, values);
        }
        values.put("short", shortfalls(decision, language));
        return new ResultMessage(notYet, language, values);
    }

    private String shortfalls(Decision decision, Language language) {
        Optional<RuleSet> rules = ruleSets.byLabel(decision.ruleSet());
        List<String> names = new ArrayList<>();
        for (String code : decision.shortfalls().subList(0, Math.min(SHORTFALLS_NAMED, decision.shortfalls().size()))) {
            names.add(rules.flatMap(r -> r.criteria().stream().flatMap(k -> k.indicators().stream())
                    .filter(i -> i.code().equals(code)).findFirst()).map(Indicator::names).map(n -> n.in(language))
                    .orElse(code));
        }
        return String.join(" " + templates.render("sms.and", language) + " ", names);
    }

    /** The household's first member, as the family's name. */
    private static String headOf(Connection c, Household household) throws SQLException {
        return People.members(c, household.id()).stream().map(Person::fullName).findFirst().orElse(household.code());
    }
}
