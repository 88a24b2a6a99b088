package org.hoctap.gateway.titles.rules;

import java.util.Optional;

/** How one citizen group's form words an indicator, or what evidence feeds it, where it differs from the common one. */
public record IndicatorForm(Optional<Names> names, Optional<Evidence> evidence) {
    Indicator applyTo(Indicator indicator) {
        return new Indicator(indicator.code(), names.map(indicator.names()::overriddenBy).orElse(indicator.names()),
                indicator.points(), evidence.orElse(indicator.evidence()));
    }
}
