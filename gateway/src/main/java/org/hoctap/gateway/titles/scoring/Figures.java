package org.hoctap.gateway.titles.scoring;

import java.util.OptionalLong;
import java.util.Set;

/** The evidence recorded for one registrant in one year, as the indicators ask for it. */
public interface Figures {
    /** Activities with these codes reported in the year, each report's count added up (undone ones left out). */
    long activities(Set<Integer> codes);

    /** Learner-turns at the centres' classes in the year. */
    long learnerTurns();

    /** The latest value staff recorded for {@code fact} this year, if any. */
    OptionalLong fact(String fact);

    /** The percentage of the household's adults (19 to 60) recognised as learning citizens this year. */
    long learningCitizensPercent();
}
