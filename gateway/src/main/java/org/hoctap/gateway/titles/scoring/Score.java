package org.hoctap.gateway.titles.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.titles.rules.Band;
import org.hoctap.gateway.titles.rules.RuleSet;
import org.hoctap.shared.titles.AreaType;

/**
 * A registrant's score under a rule set: each indicator's points, the total, the pass mark for the
 * commune's area type, and whether the title is reached: the total at the pass mark or above and,
 * where the rule set has a floor, no indicator under it.
 */
public record Score(RuleSet rules, AreaType area, List<IndicatorScore> indicators, int total, OptionalInt passMark,
        boolean achieved, Optional<Band> band) {

    public Score {
        indicators = List.copyOf(indicators);
    }

    /** Indicators under the rule set's floor. */
    public List<IndicatorScore> underFloor() {
        OptionalInt floor = rules.indicatorFloor();
        return floor.isEmpty() ? List.of()
                : indicators.stream().filter(i -> i.points() < floor.getAsInt()).toList();
    }

    /**
     * What fell short, most points missing first: the indicators under the floor when some are,
     * otherwise those with under half their points.
     */
    public List<IndicatorScore> shortfalls() {
        List<IndicatorScore> under = underFloor();
        List<IndicatorScore> short_ = under.isEmpty()
                ? indicators.stream().filter(i -> i.points() * 2 < i.indicator().points()).toList()
                : under;
        return short_.stream().sorted(Comparator.comparingInt(IndicatorScore::missing).reversed()).toList();
    }
}
