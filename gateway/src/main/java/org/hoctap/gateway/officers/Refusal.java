package org.hoctap.gateway.officers;

import java.util.Map;

/**
 * Why an officer's request was refused, as a text template key with its values (so the central web
 * answers in the officer's language) and what kind of refusal it is.
 */
public class Refusal extends RuntimeException {
    /** What the refusal says about the request. */
    public enum Kind {
        /** It names nothing that exists. */
        NOT_FOUND,
        /** The officer's role or communes do not reach it. */
        FORBIDDEN,
        /** It is malformed or breaks a rule. */
        INVALID
    }

    private final String templateKey;
    private final Map<String, ?> values;
    private final Kind kind;

    public Refusal(Kind kind, String templateKey, Map<String, ?> values) {
        super(templateKey + " " + values);
        this.kind = kind;
        this.templateKey = templateKey;
        this.values = Map.copyOf(values);
    }

    public String templateKey() {
        return templateKey;
    }

    public Map<String, ?> values() {
        return values;
    }

    public Kind kind() {
        return kind;
    }
}
