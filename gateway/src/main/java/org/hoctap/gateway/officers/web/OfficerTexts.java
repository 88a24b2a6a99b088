package org.hoctap.gateway.officers.web;

import io.vertx.core.json.JsonObject;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.PlaceholdersKept;
import org.hoctap.shared.text.Templates;

/** The central web's page texts in one language: every {@code officer.*} and {@code review.*} template, placeholders kept for the page to fill. */
final class OfficerTexts {
    private OfficerTexts() {
    }

    static JsonObject of(Templates templates, Language language) {
        JsonObject texts = new JsonObject();
        for (String key : templates.keys(Language.VI)) {
            if (key.startsWith("officer.") || key.startsWith("review.")) {
                texts.put(key, templates.render(key, language, PlaceholdersKept.INSTANCE));
            }
        }
        return new JsonObject().put("lang", language.tag()).put("texts", texts);
    }
}
