package org.hoctap.gateway.titles.review;

import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.titles.evidence.Facts.RecordedFact;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.rules.RuleSet;
import org.hoctap.gateway.titles.scoring.Score;

/**
 * What an officer reviews: a registration, the rule set for its title and year (none when no rule
 * set covers the year), the provisional score (empty without a rule set or while the province has
 * not configured the title), the facts staff recorded, and the decision standing, if any.
 */
public record Evaluation(TitleRegistration registration, Optional<RuleSet> rules, Optional<Score> score,
        List<RecordedFact> facts, Optional<Decision> standing) {
}
