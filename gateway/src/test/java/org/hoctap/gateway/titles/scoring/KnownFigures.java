package org.hoctap.gateway.titles.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Evidence figures written out by hand, as in a worked example on paper. */
final class KnownFigures implements Figures {
    private final Map<Integer, Long> activities = new HashMap<>();
    private final Map<String, Long> facts = new HashMap<>();
    private long learnerTurns;
    private long learningCitizensPercent;

    KnownFigures activity(int code, long times) {
        activities.put(code, times);
        return this;
    }

    KnownFigures fact(String fact, long value) {
        facts.put(fact, value);
        return this;
    }

    KnownFigures learnerTurns(long turns) {
        learnerTurns = turns;
        return this;
    }

    KnownFigures learningCitizensPercent(long percent) {
        learningCitizensPercent = percent;
        return this;
    }

    @Override
    public long activities(Set<Integer> codes) {
        return codes.stream().mapToLong(c -> activities.getOrDefault(c, 0L)).sum();
    }

    @Override
    public long learnerTurns() {
        return learnerTurns;
    }

    @Override
    public OptionalLong fact(String fact) {
        return facts.containsKey(fact) ? OptionalLong.of(facts.get(fact)) : OptionalLong.empty();
    }

    @Override
    public long learningCitizensPercent() {
        return learningCitizensPercent;
    }
}
