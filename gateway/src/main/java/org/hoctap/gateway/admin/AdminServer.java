package org.hoctap.gateway.admin;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.hoctap.gateway.web.WebServer;
import org.hoctap.shared.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's admin HTTP endpoint: {@code GET /status.json} and {@code GET /metrics} (Prometheus
 * text), and {@code GET /centres.json}, each centre's kiosks, last sync, classes and learner-turns. It listens on loopback by default: the figures are not for the world.
 */
public final class AdminServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);
    private static final ZoneId CENTRE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What the link says about itself, asked for at each request. */
    public record LinkState(boolean bound, long reconnects, double sendRate) {
    }

    private final WebServer server;

    private AdminServer(WebServer server) {
        this.server = server;
    }

    public static AdminServer start(Database db, Supplier<LinkState> link, Clock clock, String host, int port) {
        Vertx vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.get("/status.json").handler(ctx -> answer(ctx, db, link, clock, false));
        router.get("/metrics").handler(ctx -> answer(ctx, db, link, clock, true));
        router.get("/centres.json").handler(ctx -> centres(ctx, db, clock));
        return new AdminServer(WebServer.start(vertx, router, host, port, "the admin endpoint",
                "/status.json and /metrics"));
    }

    private static void answer(RoutingContext ctx, Database db, Supplier<LinkState> link, Clock clock,
            boolean prometheus) {
        LinkState state = link.get();
        ctx.vertx().executeBlocking(() -> db.read(c -> GatewayMetrics.read(c, clock.instant(), state.bound(),
                state.reconnects(), state.sendRate()))).onComplete(result -> {
                    if (result.failed()) {
                        log.error("cannot read the gateway's figures", result.cause());
                        ctx.response().setStatusCode(500).end("cannot read the figures");
                    } else if (prometheus) {
                        ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                                .end(result.result().prometheus());
                    } else {
                        ctx.json(json(result.result()));
                    }
                });
    }

    /** Each centre's kiosks, last sync and classes and learner-turns this month and year (Vietnam's calendar). */
    private static void centres(RoutingContext ctx, Database db, Clock clock) {
        ctx.vertx().executeBlocking(() -> db.read(c -> CentreFigures.read(c, clock.instant(), CENTRE_ZONE)))
                .onComplete(result -> {
                    if (result.failed()) {
                        log.error("cannot read the centres' figures", result.cause());
                        ctx.response().setStatusCode(500).end("cannot read the figures");
                        return;
                    }
                    JsonArray centres = new JsonArray();
                    for (CentreFigures f : result.result()) {
                        centres.add(new JsonObject().put("code", f.code()).put("name", f.name())
                                .put("kiosks", f.kiosks()).put("lastSync", f.lastSync().map(Instant::toString).orElse(null))
                                .put("classes", new JsonObject().put("thisMonth", f.classesThisMonth())
                                        .put("thisYear", f.classesThisYear()))
                                .put("checkIns", new JsonObject().put("thisMonth", f.checkInsThisMonth())
                                        .put("thisYear", f.checkInsThisYear()))
                                .put("learnerTurns", new JsonObject().put("thisMonth", f.learnerTurnsThisMonth())
                                        .put("thisYear", f.learnerTurnsThisYear())));
                    }
                    ctx.json(new JsonObject().put("centres", centres));
                });
    }

    private static JsonObject json(GatewayMetrics m) {
        JsonObject receipts = new JsonObject();
        m.receiptsByState().forEach(receipts::put);
        return new JsonObject()
                .put("smpp", new JsonObject().put("bound", m.bound()).put("reconnects", m.reconnects()))
                .put("mo", new JsonObject().put("perSecond", m.moPerSecond()).put("lastMinute", m.moLastMinute()).put("total", m.moTotal())
                        .put("duplicates", m.duplicates()))
                .put("mt", new JsonObject().put("perSecond", m.mtPerSecond()).put("lastMinute", m.mtLastMinute()).put("queued", m.queued())
                        .put("sent", m.sent()).put("failed", m.failed()).put("retries", m.retries())
                        .put("crashResends", m.crashResends()).put("sendRate", m.sendRate()))
                .put("receipts", receipts);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
