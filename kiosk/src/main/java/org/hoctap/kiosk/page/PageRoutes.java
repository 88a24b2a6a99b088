package org.hoctap.kiosk.page;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import org.hoctap.kiosk.web.KioskRoutes;

/**
 * The touch page: static files under {@code webroot/kiosk/} on the classpath, served at {@code /kiosk/};
 * {@code /} leads there. Browser caching is off, so an updated kiosk shows its new page at once.
 */
public final class PageRoutes implements KioskRoutes {
    public static final String PATH = "/kiosk/";
    /** Where the page's files are on the classpath. */
    public static final String WEBROOT = "webroot/kiosk";

    @Override
    public void mount(Router router) {
        router.get("/").handler(ctx -> ctx.redirect(PATH));
        router.route("/kiosk/*").handler(StaticHandler.create(WEBROOT)
                .setCachingEnabled(false)
                .setMaxAgeSeconds(0)
                .setDefaultContentEncoding("UTF-8"));
    }
}
