package org.hoctap.kiosk.texts;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.PlaceholdersKept;
import org.hoctap.shared.text.Templates;

/**
 * The kiosk's pages' texts per language, as the pages receive them: every {@code kiosk.*} and {@code staff.*} template
 * with its placeholders such as {@code {topic}} left in, for the page to fill; plus each language's
 * name in that language, for the language switch. Built once: templates do not change while running.
 */
public final class KioskTexts {
    private static final String PREFIX = "kiosk.";
    private static final String STAFF_PREFIX = "staff.";

    private final Templates templates;
    private final Map<Language, String> json = new EnumMap<>(Language.class);

    public KioskTexts(Templates templates) {
        this.templates = templates;
        JsonArray languages = new JsonArray();
        for (Language language : Language.values()) {
            languages.add(new JsonObject()
                    .put("tag", language.tag())
                    .put("label", templates.render(PREFIX + "language." + language.tag(), language)));
        }
        for (Language language : Language.values()) {
            JsonObject texts = new JsonObject();
            for (String key : templates.keys(Language.VI)) {
                if (key.startsWith(PREFIX) || key.startsWith(STAFF_PREFIX)) {
                    texts.put(key, templates.render(key, language, PlaceholdersKept.INSTANCE));
                }
            }
            json.put(language, new JsonObject()
                    .put("lang", language.tag())
                    .put("draft", templates.isDraft(language))
                    .put("languages", languages)
                    .put("texts", texts)
                    .encode());
        }
    }

    /** {@code {"lang":"vi","draft":false,"languages":[{"tag","label"}…],"texts":{"kiosk.title":…}}} */
    public String json(Language language) {
        return json.get(language);
    }

    /** One text without placeholders. */
    public String text(Language language, String key) {
        return templates.render(key, language);
    }
}
