package org.hoctap.kiosk.web;

import io.vertx.ext.web.Router;

/**
 * Headers that keep the kiosk's pages to themselves: only their own scripts, styles and images, never
 * framed by another site, no MIME sniffing, no referrer.
 */
public final class SecurityHeaders implements KioskRoutes {
    private static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void mount(Router router) {
        router.route().handler(ctx -> {
            ctx.response().headers()
                    .set("Content-Security-Policy", CSP)
                    .set("X-Content-Type-Options", "nosniff")
                    .set("X-Frame-Options", "DENY")
                    .set("Referrer-Policy", "no-referrer");
            ctx.next();
        });
    }
}
