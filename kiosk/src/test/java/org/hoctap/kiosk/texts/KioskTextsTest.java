package org.hoctap.kiosk.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.Test;

class KioskTextsTest {
    private final Templates templates = Templates.load(Optional.empty());
    private final KioskTexts texts = new KioskTexts(templates);

    @Test
    void holdsEveryKioskTextOfTheLanguageWithItsPlaceholders() {
        for (Language language : Language.values()) {
            JsonObject json = new JsonObject(texts.json(language));
            assertEquals(language.tag(), json.getString("lang"));
            JsonObject all = json.getJsonObject("texts");
            assertTrue(all.fieldNames().stream().allMatch(key -> key.startsWith("kiosk.") || key.startsWith("staff.")));
            assertTrue(all.containsKey("staff.log_in") && !all.containsKey("sms.help"), "the pages' texts only");
            assertEquals(templates.render("kiosk.no_session", language), all.getString("kiosk.no_session"));
            assertTrue(all.getString("kiosk.checked_in").contains("{name}"), language + " keeps {name}");
            assertEquals(templates.isDraft(language), json.getBoolean("draft"));
        }
    }

    @Test
    void namesEachLanguageInItself() {
        JsonObject vi = new JsonObject(texts.json(Language.VI));
        assertEquals(templates.render("kiosk.language.hnj", Language.HNJ),
                vi.getJsonArray("languages").getJsonObject(2).getString("label"));
    }
}
