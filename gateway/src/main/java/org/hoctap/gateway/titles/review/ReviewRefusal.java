package org.hoctap.gateway.titles.review;

import java.util.Map;

/**
 * Why an officer's review step was refused, as a text template key with its values, so that the
 * web answers in the officer's language.
 */
public final class ReviewRefusal extends RuntimeException {
    private final String templateKey;
    private final Map<String, ?> values;

    public ReviewRefusal(String templateKey, Map<String, ?> values) {
        super(templateKey + " " + values);
        this.templateKey = templateKey;
        this.values = Map.copyOf(values);
    }

    public ReviewRefusal(String templateKey) {
        this(templateKey, Map.of());
    }

    public String templateKey() {
        return templateKey;
    }

    public Map<String, ?> values() {
        return values;
    }
}
