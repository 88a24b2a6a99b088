package org.hoctap.gateway.titles.rules;

import java.util.Objects;
import java.util.Set;

/** Which recorded evidence feeds an indicator, and how its figure becomes points. */
public sealed interface Evidence {

    /** Activities with these catalogue codes reported in the year (counting each report's count). */
    record Activities(Set<Integer> codes, Steps steps) implements Evidence {
        public Activities {
            codes = Set.copyOf(codes);
            Objects.requireNonNull(steps, "steps");
        }
    }

    /** Learner-turns at a learning centre's classes in the year (check-ins that count). */
    record LearnerTurns(Steps steps) implements Evidence {
    }

    /** A fact staff record for the year (adult literacy, school completion, a cultural-family title…), as a number. */
    record Fact(String fact, Steps steps) implements Evidence {
    }

    /** A fact staff record that is already the points (a self-assessment form's score for this indicator), capped at them. */
    record Score(String fact) implements Evidence {
    }

    /** The share, in percent, of the household's adults (19 to 60) recognised as learning citizens that year. */
    record LearningCitizens(Steps steps) implements Evidence {
    }

    /** Nothing recorded feeds it: the officer gives the points at review. */
    record Manual() implements Evidence {
    }
}
