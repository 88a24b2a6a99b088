package org.hoctap.kiosk.texts;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.shared.text.Language;

/**
 * {@code GET /api/texts?lang=vi|blt|hnj}: the screen's texts in one language (see {@link KioskTexts});
 * 400 for a language the kiosk does not have.
 */
public final class TextRoutes implements KioskRoutes {
    private final KioskTexts texts;

    public TextRoutes(KioskTexts texts) {
        this.texts = texts;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/texts").handler(this::texts);
    }

    private void texts(RoutingContext ctx) {
        Optional<Language> language = RequestLanguage.of(ctx);
        if (language.isEmpty()) {
            Replies.error(ctx, 400, "unknown_language", texts.text(Language.VI, "kiosk.error_try_again"),
                    "lang must be vi, blt or hnj");
            return;
        }
        ctx.response()
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(texts.json(language.get()));
    }
}
