package org.hoctap.gateway.inbox;

import java.util.Map;
import org.hoctap.shared.text.Language;

/** An answer to queue: which template, in which language, with which values. */
public record Reply(String templateKey, Language language, Map<String, ?> values) {
    public Reply {
        values = Map.copyOf(values);
    }

    public static Reply of(String templateKey, Language language) {
        return new Reply(templateKey, language, Map.of());
    }
}
