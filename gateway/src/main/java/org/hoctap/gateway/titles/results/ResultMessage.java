package org.hoctap.gateway.titles.results;

import java.util.Map;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/** A decision told to a household: which text template, in which language, with which values. */
public record ResultMessage(String templateKey, Language language, Map<String, ?> values) {
    public ResultMessage {
        values = Map.copyOf(values);
    }

    public String render(Templates templates) {
        return templates.render(templateKey, language, values);
    }
}
