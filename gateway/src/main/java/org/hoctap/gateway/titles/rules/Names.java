package org.hoctap.gateway.titles.rules;

import java.util.EnumMap;
import java.util.Map;
import org.hoctap.shared.text.Language;

/** A name in each language a rule set gives it; Vietnamese is always there and stands in for the others. */
public record Names(Map<Language, String> byLanguage) {
    public Names {
        byLanguage = Map.copyOf(byLanguage);
        if (!byLanguage.containsKey(Language.VI)) {
            throw new IllegalArgumentException("a name needs its Vietnamese form");
        }
    }

    public static Names vi(String vietnamese) {
        return new Names(Map.of(Language.VI, vietnamese));
    }

    /** The name in {@code language}, or in Vietnamese when the rule set has none in it. */
    public String in(Language language) {
        return byLanguage.getOrDefault(language, byLanguage.get(Language.VI));
    }

    /** These names with {@code other}'s put over them. */
    public Names overriddenBy(Names other) {
        Map<Language, String> merged = new EnumMap<>(Language.class);
        merged.putAll(byLanguage);
        merged.putAll(other.byLanguage);
        return new Names(merged);
    }
}
