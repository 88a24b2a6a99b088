package org.hoctap.gateway.sync;

import io.vertx.core.Handler;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's uploads, resumable at any byte (in the manner of the tus protocol):
 * <ul>
 *   <li>{@code HEAD /sync/up/{batch}}: {@code Upload-Offset}, the bytes the server has (all of them,
 *       with {@code Upload-Complete: true}, once the batch is stored);</li>
 *   <li>{@code PATCH /sync/up/{batch}} with {@code Upload-Offset} and {@code Upload-Length}: the bytes
 *       from that offset, kept as they come; 204 with the new offset while some are missing, 200
 *       {@code {"stored":true,"records":n}} once the batch is complete and stored, 409 with the
 *       server's offset when the kiosk's is not it, 422 when the batch is refused (it is dropped).</li>
 * </ul>
 * Both are signed by the device (the body is checked by the batch's name, its SHA-256, at the end).
 */
final class UpRoutes {
    static final String OFFSET = "Upload-Offset";
    static final String LENGTH = "Upload-Length";
    static final String COMPLETE = "Upload-Complete";
    static final long MOST_BYTES = 16 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(UpRoutes.class);

    private final UpBatches batches;

    UpRoutes(UpBatches batches) {
        this.batches = batches;
    }

    void mount(Router router, DeviceAuth auth) {
        Handler<RoutingContext> pause = ctx -> {
            ctx.request().pause(); // the body waits until the device is known and the file is open
            ctx.next();
        };
        router.route(HttpMethod.HEAD, "/sync/up/:batch").handler(pause).handler(auth).handler(this::head);
        router.route(HttpMethod.PATCH, "/sync/up/:batch").handler(pause).handler(auth).handler(this::patch);
    }

    private void head(RoutingContext ctx) {
        SyncDevice device = ctx.get(DeviceAuth.DEVICE);
        String batch = ctx.pathParam("batch");
        if (!UpBatches.BATCH_ID.matcher(batch).matches()) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        ctx.vertx().executeBlocking(() -> new long[] {batches.received(device, batch),
                batches.stored(device, batch).isPresent() ? 1 : 0}).onComplete(result -> {
                    if (result.failed()) {
                        ctx.fail(500, result.cause());
                        return;
                    }
                    ctx.response().putHeader(OFFSET, Long.toString(result.result()[0]))
                            .putHeader(COMPLETE, Boolean.toString(result.result()[1] == 1)).end();
                });
    }

    private void patch(RoutingContext ctx) {
        SyncDevice device = ctx.get(DeviceAuth.DEVICE);
        String batch = ctx.pathParam("batch");
        long offset;
        long length;
        try {
            offset = Long.parseLong(ctx.request().getHeader(OFFSET));
            length = Long.parseLong(ctx.request().getHeader(LENGTH));
        } catch (NumberFormatException | NullPointerException e) {
            answer(ctx, 400, "bad_request", "send Upload-Offset and Upload-Length as numbers of bytes");
            return;
        }
        if (!UpBatches.BATCH_ID.matcher(batch).matches() || offset < 0 || offset > length || length > MOST_BYTES) {
            answer(ctx, 400, "bad_request", "a batch is named by its SHA-256 and holds at most " + MOST_BYTES
                    + " bytes; the offset is within it");
            return;
        }
        ctx.vertx().executeBlocking(() -> {
            Path file = batches.partial(device, batch);
            return new Object[] {file, batches.received(device, batch), batches.stored(device, batch).isPresent()};
        }).onComplete(found -> {
            if (found.failed()) {
                ctx.fail(500, found.cause());
                return;
            }
            Path file = (Path) found.result()[0];
            long received = (Long) found.result()[1];
            if ((Boolean) found.result()[2]) {
                ctx.response().putHeader(OFFSET, Long.toString(received));
                answer(ctx, 200, new JsonObject().put("stored", true));
                return;
            }
            if (offset != received) {
                ctx.response().putHeader(OFFSET, Long.toString(received));
                answer(ctx, 409, "wrong_offset", "the server has " + received + " bytes of this batch");
                return;
            }
            ctx.vertx().fileSystem().open(file.toString(), new OpenOptions().setAppend(true).setCreate(true))
                    .compose(out -> ctx.request().pipeTo(out))
                    .onComplete(piped -> {
                        if (piped.failed()) {
                            log.info("an upload from device {} stopped: {}", device.id(), piped.cause().toString());
                            if (!ctx.response().ended() && !ctx.response().closed()) {
                                ctx.fail(500, piped.cause());
                            }
                            return;
                        }
                        afterPiece(ctx, device, batch, file, length);
                    });
        });
    }

    private void afterPiece(RoutingContext ctx, SyncDevice device, String batch, Path file, long length) {
        ctx.vertx().executeBlocking(() -> {
            long size = Files.size(file);
            if (size > length) {
                Files.deleteIfExists(file);
                throw new UpRecords.Refused("more bytes came than the batch holds");
            }
            return size == length ? -(long) batches.store(device, batch) - 1 : size;
        }).onComplete(done -> {
            if (done.failed()) {
                if (done.cause() instanceof UpRecords.Refused refused) {
                    log.warn("a batch from device {} refused: {}", device.id(), refused.getMessage());
                    answer(ctx, 422, "refused", refused.getMessage());
                } else {
                    ctx.fail(500, done.cause());
                }
                return;
            }
            long value = done.result();
            if (value >= 0) {
                ctx.response().putHeader(OFFSET, Long.toString(value)).setStatusCode(204).end();
                return;
            }
            int stored = (int) (-value - 1);
            log.info("device {} sent {} records up", device.id(), stored);
            ctx.response().putHeader(OFFSET, Long.toString(length));
            answer(ctx, 200, new JsonObject().put("stored", true).put("records", stored));
        });
    }

    private static void answer(RoutingContext ctx, int status, String error, String message) {
        answer(ctx, status, new JsonObject().put("error", error).put("message", message));
    }

    private static void answer(RoutingContext ctx, int status, JsonObject body) {
        HttpServerResponse response = ctx.response();
        response.setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8").end(body.encode());
    }
}
