package org.hoctap.gateway.officers.web;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import java.time.Clock;
import java.util.Map;
import org.hoctap.gateway.figures.web.FigureRoutes;
import org.hoctap.gateway.web.WebServer;
import org.hoctap.shared.net.PageHeaders;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central web for the association's officers and centre staff ({@code --web-port}, 8028 by
 * default): log in, review registrations for titles, decide, send results. Pages from
 * {@code webroot/officers}, the API under {@code /api/}.
 */
public final class OfficerWeb implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OfficerWeb.class);

    private final WebServer server;

    private OfficerWeb(WebServer server) {
        this.server = server;
    }

    public static OfficerWeb start(Database db, Templates templates, RoutesFactory routes, Clock clock, String host,
            int port, java.util.Optional<org.hoctap.gateway.web.TlsIdentity> tls) {
        Vertx vertx = Vertx.vertx();
        Api api = new Api(templates);
        Router router = Router.router(vertx);
        router.route().handler(ctx -> {
            PageHeaders.SECURE.forEach(ctx.response().headers()::set);
            ctx.next();
        });
        // The page's texts come before the login: the login form needs them.
        router.get("/api/texts").handler(ctx -> api.json(ctx, 200, OfficerTexts.of(templates, api.language(ctx))));
        new OfficerLogin(vertx, db, api, clock, tls.isPresent()).mount(router);
        routes.mount(router, api);
        new FigureRoutes(db, api, clock).mount(router);
        router.route().failureHandler(ctx -> {
            if (api.refused(ctx)) {
                return;
            }
            if (ctx.statusCode() == 403) {
                // The CSRF guard: a POST without this session's token (or with a stale one).
                api.error(ctx, 403, "forbidden", "officer.forbidden", Map.of());
            } else if (ctx.statusCode() == 413 || ctx.statusCode() == 400) {
                api.error(ctx, ctx.statusCode(), "malformed_request", "officer.malformed_request", Map.of());
            } else {
                log.error("central web request {} failed", ctx.request().path(), ctx.failure());
                api.error(ctx, 500, "failed", "officer.failed", Map.of());
            }
        });
        router.route("/*").handler(StaticHandler.create("webroot/officers").setCachingEnabled(false));
        return new OfficerWeb(WebServer.start(vertx, router, host, port, tls, "the central web", "/"));
    }

    /** Mounts the routes of the parts that need the gateway's outbox and rules, once the web's API conventions exist. */
    public interface RoutesFactory {
        void mount(Router router, Api api);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
