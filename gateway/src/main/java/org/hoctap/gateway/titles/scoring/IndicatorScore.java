package org.hoctap.gateway.titles.scoring;

import java.util.Optional;
import java.util.OptionalLong;
import org.hoctap.gateway.titles.rules.Criterion;
import org.hoctap.gateway.titles.rules.Indicator;

/**
 * One indicator's points: computed from {@code figure} by the rule set's mapping ({@code computed}),
 * or an officer's {@code adjustment} when there is one. No figure: nothing recorded feeds it (yet).
 */
public record IndicatorScore(Criterion criterion, Indicator indicator, OptionalLong figure, int computed,
        Optional<Adjustment> adjustment) {

    public int points() {
        return adjustment.map(Adjustment::points).orElse(computed);
    }

    public int missing() {
        return indicator.points() - points();
    }
}
