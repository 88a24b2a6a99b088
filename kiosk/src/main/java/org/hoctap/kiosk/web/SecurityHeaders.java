package org.hoctap.kiosk.web;

import io.vertx.ext.web.Router;
import org.hoctap.shared.net.PageHeaders;

/**
 * Headers that keep the kiosk's pages to themselves ({@link PageHeaders#SECURE}).
 */
public final class SecurityHeaders implements KioskRoutes {
    @Override
    public void mount(Router router) {
        router.route().handler(ctx -> {
            PageHeaders.SECURE.forEach(ctx.response().headers()::set);
            ctx.next();
        });
    }
}
