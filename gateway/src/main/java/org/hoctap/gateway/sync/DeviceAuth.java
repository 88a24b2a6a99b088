package org.hoctap.gateway.sync;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Optional;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.sync.RequestSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets through only requests signed by an enrolled, unrevoked device (put in the context as
 * {@link #DEVICE}); the others get 401 with the reason. Runs after a body handler: the signature
 * covers the body.
 */
final class DeviceAuth implements Handler<RoutingContext> {
    static final String DEVICE = "hoctap.device";
    private static final Logger log = LoggerFactory.getLogger(DeviceAuth.class);

    private final Database db;
    private final Clock clock;

    DeviceAuth(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Optional<RequestSignature.Claim> claim = RequestSignature.read(ctx.request().getHeader(RequestSignature.HEADER));
        if (claim.isEmpty()) {
            refuse(ctx, "unsigned", "this request is not signed by an enrolled device");
            return;
        }
        byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        String method = ctx.request().method().name();
        String path = ctx.request().uri(); // with the query: it is signed too
        ctx.vertx().executeBlocking(() -> db.read(c -> Devices.find(c, claim.get().deviceId())))
                .onComplete(found -> {
                    if (found.failed()) {
                        log.error("cannot look up a device", found.cause());
                        ctx.fail(500, found.cause());
                        return;
                    }
                    Optional<SyncDevice> device = found.result();
                    if (device.isEmpty() || !RequestSignature.verifies(claim.get(), device.get().secret(), method,
                            path, body)) {
                        refuse(ctx, "bad_signature", "this device is not enrolled, or the request was altered");
                        return;
                    }
                    if (device.get().revoked()) {
                        refuse(ctx, "revoked", "this device's enrolment was revoked: enrol it again with a new code");
                        return;
                    }
                    ctx.put(DEVICE, device.get());
                    ctx.vertx().executeBlocking(() -> db.write(c -> {
                        Devices.seen(c, device.get().id(), clock.instant());
                        return null;
                    })).onComplete(seen -> ctx.next());
                });
    }

    private static void refuse(RoutingContext ctx, String error, String message) {
        ctx.response().setStatusCode(401).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", error).put("message", message).encode());
    }
}
