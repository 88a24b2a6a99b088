package org.hoctap.gateway.inbox;

import java.util.Map;
import org.hoctap.shared.text.Language;

/** An answer to queue: which template, in which language, with which values. */
record Reply(String templateKey, Language language, Map<String, ?> values) {
    Reply {
        values = Map.copyOf(values);
    }

    static Reply of(String templateKey, Language language) {
        return new Reply(templateKey, language, Map.of());
    }
}
