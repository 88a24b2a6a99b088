package org.hoctap.kiosk.web;

import io.vertx.ext.web.Router;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the API answers when nothing else does: 404 {@code not_found} for an unknown {@code /api/}
 * path, and 500 {@code try_again} (with the screen's "try again" text) when a handler failed.
 * Mounted last.
 */
public final class ApiFallbacks implements KioskRoutes {
    private static final Logger log = LoggerFactory.getLogger(ApiFallbacks.class);

    private final Templates templates;

    public ApiFallbacks(Templates templates) {
        this.templates = templates;
    }

    @Override
    public void mount(Router router) {
        router.route("/api/*").handler(ctx -> Replies.error(ctx, 404, "not_found",
                templates.render("kiosk.error_try_again", Language.VI), "no such API: " + ctx.request().path()));
        router.errorHandler(500, ctx -> {
            log.error("request {} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
            String message = templates.render("kiosk.error_try_again", Language.VI);
            if (ctx.request().path().startsWith("/api/")) {
                Replies.error(ctx, 500, "try_again", message);
            } else if (!ctx.response().ended()) {
                ctx.response().setStatusCode(500).putHeader("Content-Type", "text/plain; charset=utf-8").end(message);
            }
        });
    }
}
