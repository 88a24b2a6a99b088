package org.hoctap.gateway.smscsim;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "virtual phone": a web page that stands in for a villager's basic phone, to text the short code
 * through the {@link SmscSimulator} and read the replies.
 *
 * <ul>
 *   <li>{@code GET /}: the page (static files under {@code webroot/virtual-phone/} on the classpath)</li>
 *   <li>{@code POST /api/sms} {@code {"from":"+84912345678","text":"12"}}: an MO to the short code;
 *       202, or 400 with {@code {"error":…,"message":…}} when from or text is missing, from is not a
 *       phone number, or the text needs more than {@value #MAX_SEGMENTS} SMS</li>
 *   <li>{@code GET /api/phones/:msisdn/messages}: that phone's conversation, oldest first</li>
 *   <li>{@code GET /api/phones}: suggested numbers and the short code</li>
 *   <li>{@code GET /api/status}: whether an ESME (the gateway) is bound</li>
 * </ul>
 */
public final class VirtualPhoneWeb implements AutoCloseable {
    public static final int MAX_SEGMENTS = 10;
    private static final Logger log = LoggerFactory.getLogger(VirtualPhoneWeb.class);
    private static final long START_TIMEOUT_SECONDS = 30;
    private static final int BODY_LIMIT = 16 * 1024;
    private static final String WEBROOT = "webroot/virtual-phone";
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final HttpServer server;

    private VirtualPhoneWeb(Vertx vertx, boolean ownsVertx, HttpServer server) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.server = server;
    }

    /**
     * Starts the page on its own Vert.x instance (closed with it) and waits until it listens.
     *
     * @param host  address to listen on ("0.0.0.0" so phones on the same Wi-Fi can open it)
     * @param port  0 for an ephemeral port
     */
    public static VirtualPhoneWeb start(SmscSimulator smsc, List<String> phones, String host, int port)
            throws InterruptedException {
        Vertx vertx = Vertx.vertx();
        try {
            return deploy(vertx, smsc, phones, host, port, true).toCompletionStage().toCompletableFuture()
                    .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            vertx.close();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("cannot start the virtual phone on " + host + ":" + port + ": "
                    + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            vertx.close();
            throw e;
        }
    }

    /** Starts the page on the caller's Vert.x instance, which {@link #close()} leaves running. */
    public static Future<VirtualPhoneWeb> deploy(Vertx vertx, SmscSimulator smsc, List<String> phones, String host,
            int port) {
        return deploy(vertx, smsc, phones, host, port, false);
    }

    private static Future<VirtualPhoneWeb> deploy(Vertx vertx, SmscSimulator smsc, List<String> phones, String host,
            int port, boolean ownsVertx) {
        PhoneApi api = new PhoneApi(smsc, phones, MAX_SEGMENTS);
        Router router = Router.router(vertx);
        router.route("/api/*").handler(BodyHandler.create().setBodyLimit(BODY_LIMIT));
        router.post("/api/sms").handler(api::sendSms);
        router.post("/api/ussd").handler(api::ussd);
        router.post("/api/ussd/cancel").handler(api::cancelUssd);
        router.get("/api/phones").handler(api::phones);
        router.get("/api/phones/:msisdn/messages").handler(api::messages);
        router.get("/api/status").handler(api::status);
        router.route("/api/*").handler(ctx -> PhoneApi.error(ctx, 404, "not_found", "no such API: " + ctx.request().path()));
        router.route("/*").handler(StaticHandler.create(WEBROOT).setCachingEnabled(false));
        router.errorHandler(500, ctx -> {
            log.error("virtual phone request {} failed", ctx.request().path(), ctx.failure());
            if (!ctx.response().ended()) {
                PhoneApi.error(ctx, 500, "internal", "internal error");
            }
        });
        // Vert.x copies classpath files to its cache directory when first asked for them; the page's
        // files asked for at once could race to be copied (a 500 for one of them). Copy them all first.
        return vertx.fileSystem().exists(WEBROOT).compose(unpacked -> vertx.createHttpServer().requestHandler(router)
                .listen(port, host)).map(server -> {
            log.info("virtual phone listening on http://{}:{}/", host, server.actualPort());
            return new VirtualPhoneWeb(vertx, ownsVertx, server);
        });
    }

    /** The HTTP port actually bound. */
    public int port() {
        return server.actualPort();
    }

    /** Stops the server (and the Vert.x instance when this class made it); waits a few seconds at most. */
    @Override
    public void close() {
        await(server.close(), "the virtual phone's HTTP server");
        if (ownsVertx) {
            await(vertx.close(), "the virtual phone's Vert.x");
        }
    }

    private static void await(Future<Void> closing, String what) {
        try {
            closing.toCompletionStage().toCompletableFuture().get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("closing {}: {}", what, e.toString());
        }
    }
}
