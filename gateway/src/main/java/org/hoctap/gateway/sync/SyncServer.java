package org.hoctap.gateway.sync;

import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Path;
import java.time.Clock;
import org.hoctap.gateway.web.WebServer;
import org.hoctap.shared.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where kiosks reach the central server: {@code POST /sync/enrol} {@code {"centre","code"}} spends an
 * officer's one-time code on a new device and answers its id and secret (201), or 403 with the
 * reason; {@code GET /sync/hello}, signed by the device, answers who it is and the server's time;
 * batches of records go up through {@link UpRoutes}, and the roster comes down through {@link DownRoutes}, and {@code GET /sync/templates} gives the officers'
 * wording of the texts. Signed requests that are unsigned, altered, of
 * an unknown device or a revoked one get 401.
 */
public final class SyncServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 8027;
    private static final Logger log = LoggerFactory.getLogger(SyncServer.class);
    private static final long BODY_LIMIT = 1024 * 1024;
    private static final java.util.List<String> TEMPLATE_FILES = java.util.List.of("vi.properties", "blt.properties",
            "hnj.properties");

    private final WebServer server;

    private SyncServer(WebServer server) {
        this.server = server;
    }

    /**
     * Listens. {@code dataDir} is the central server's data folder: the pieces of batches being sent
     * up are kept in its {@code sync-uploads/}, and its {@code templates/} (the officers' wording of
     * the texts) goes down to the kiosks.
     */
    public static SyncServer start(Database db, Path dataDir, Clock clock, String host, int port) {
        return start(db, dataDir, clock, host, port, java.util.Optional.empty());
    }

    /** As {@link #start(Database, Path, Clock, String, int)}, over HTTPS when {@code tls} is given. */
    public static SyncServer start(Database db, Path dataDir, Clock clock, String host, int port,
            java.util.Optional<org.hoctap.gateway.web.TlsIdentity> tls) {
        Vertx vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        DeviceAuth auth = new DeviceAuth(db, clock);
        router.post("/sync/enrol").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(ctx -> enrol(ctx, db, clock));
        router.get("/sync/hello").handler(auth).handler(ctx -> hello(ctx, clock));
        new UpRoutes(new UpBatches(db, dataDir.resolve("sync-uploads"), clock)).mount(router, auth);
        router.get("/sync/templates").handler(auth).handler(ctx -> templates(ctx, dataDir.resolve(
                org.hoctap.gateway.GatewaySettings.TEMPLATES_DIR)));
        new DownRoutes(db).mount(router, auth);
        return new SyncServer(WebServer.start(vertx, router, host, port, tls, "the sync endpoint for kiosks", "/sync/"));
    }

    public int port() {
        return server.port();
    }

    private static void enrol(RoutingContext ctx, Database db, Clock clock) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException e) {
            body = null;
        }
        String centre = body == null ? null : body.getString("centre");
        String code = body == null ? null : body.getString("code");
        if (centre == null || code == null) {
            json(ctx, 400, new JsonObject().put("error", "bad_request")
                    .put("message", "send {\"centre\": \"CODE\", \"code\": \"XXXXX-XXXXX\"}"));
            return;
        }
        ctx.vertx().executeBlocking(() -> db.write(c -> Devices.enrol(c, centre, code, clock.instant())))
                .onComplete(result -> {
                    if (result.failed()) {
                        log.error("enrolment failed", result.cause());
                        json(ctx, 500, new JsonObject().put("error", "server_error")
                                .put("message", "the server could not enrol the device; try again"));
                        return;
                    }
                    Devices.Enrolment enrolment = result.result();
                    if (enrolment.refusal().isPresent()) {
                        Devices.Refusal refusal = enrolment.refusal().get();
                        log.warn("enrolment for centre {} refused: {}", centre, refusal.reason());
                        json(ctx, 403, new JsonObject().put("error", refusal.name().toLowerCase(java.util.Locale.ROOT))
                                .put("message", refusal.reason()));
                        return;
                    }
                    SyncDevice device = enrolment.device().orElseThrow();
                    log.info("device {} enrolled for centre {}", device.id(), device.centreCode());
                    json(ctx, 201, new JsonObject().put("device", device.id()).put("secret", device.secret())
                            .put("centre", device.centreCode()));
                });
    }

    /** {@code GET /sync/templates}: the officers' text files ({@code vi.properties}…), as they are now. */
    private static void templates(RoutingContext ctx, Path dir) {
        ctx.vertx().executeBlocking(() -> {
            JsonObject files = new JsonObject();
            for (String name : TEMPLATE_FILES) {
                Path file = dir.resolve(name);
                if (java.nio.file.Files.isRegularFile(file)) {
                    files.put(name, java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return files;
        }).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(500, result.cause());
                return;
            }
            json(ctx, 200, new JsonObject().put("files", result.result()));
        });
    }

    private static void hello(RoutingContext ctx, Clock clock) {
        SyncDevice device = ctx.get(DeviceAuth.DEVICE);
        json(ctx, 200, new JsonObject().put("device", device.id()).put("centre", device.centreCode())
                .put("time", clock.instant().toString()));
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(body.encode());
    }

    @Override
    public void close() {
        server.close();
    }
}
