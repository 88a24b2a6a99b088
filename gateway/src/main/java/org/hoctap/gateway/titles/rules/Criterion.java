package org.hoctap.gateway.titles.rules;

import java.util.List;

/** A criterion ("tiêu chí", or a competency for the learning citizen): indicators under one heading. */
public record Criterion(String code, Names names, List<Indicator> indicators) {
    public Criterion {
        indicators = List.copyOf(indicators);
    }

    public int points() {
        return indicators.stream().mapToInt(Indicator::points).sum();
    }
}
