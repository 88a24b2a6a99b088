package org.hoctap.gateway.titles.rules;

import java.util.Comparator;
import java.util.List;

/**
 * How an evidence figure becomes points: the points of the highest step the figure reaches, none
 * below the lowest. "Reading reported 12 or more times earns 10" is the step {@code (12, 10)}.
 */
public record Steps(List<Step> steps) {
    /** {@code points} for a figure of {@code atLeast} or more. */
    public record Step(long atLeast, int points) {
    }

    public Steps {
        steps = steps.stream().sorted(Comparator.comparingLong(Step::atLeast).reversed()).toList();
    }

    public int points(long figure) {
        for (Step step : steps) {
            if (figure >= step.atLeast()) {
                return step.points();
            }
        }
        return 0;
    }

    public int highest() {
        return steps.stream().mapToInt(Step::points).max().orElse(0);
    }
}
