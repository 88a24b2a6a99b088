package org.hoctap.gateway.sync;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final String BODY = "hoctap.upload.body";
    private static final String WHOLE = "hoctap.upload.whole";
    private static final Logger log = LoggerFactory.getLogger(UpRoutes.class);

    private final UpBatches batches;
    /**
     * Pieces still being written, by device and batch: a link cut mid-piece ends on the server a
     * moment after the kiosk notices, and its next question must see every byte that arrived.
     */
    private final Map<String, Future<Void>> writing = new ConcurrentHashMap<>();

    UpRoutes(UpBatches batches) {
        this.batches = batches;
    }

    /** Runs {@code then} once no piece of this batch is being written any more. */
    private void afterWriting(SyncDevice device, String batch, Runnable then) {
        Future<Void> piece = writing.get(device.id() + "/" + batch);
        if (piece == null) {
            then.run();
        } else {
            piece.onComplete(done -> then.run());
        }
    }

    void mount(Router router, DeviceAuth auth) {
        router.route(HttpMethod.HEAD, "/sync/up/:batch").handler(auth).handler(this::head);
        router.route(HttpMethod.PATCH, "/sync/up/:batch").handler(UpRoutes::receive).handler(auth)
                .handler(this::patch);
    }

    /**
     * Takes the piece's bytes as they come, from the first, so that what arrived before a cut is
     * kept even when the link dies before the device is known (the bytes are checked against the
     * batch's name at the end, so keeping them before that is safe).
     */
    private static void receive(RoutingContext ctx) {
        Buffer body = Buffer.buffer();
        Promise<Boolean> whole = Promise.promise();
        ctx.request().handler(chunk -> {
            if (body.length() + chunk.length() <= MOST_BYTES) {
                body.appendBuffer(chunk);
            }
        });
        ctx.request().endHandler(end -> whole.tryComplete(true));
        ctx.request().exceptionHandler(cut -> whole.tryComplete(false));
        ctx.request().connection().closeHandler(closed -> whole.tryComplete(false));
        ctx.put(BODY, body);
        ctx.put(WHOLE, whole.future());
        ctx.next();
    }

    private void head(RoutingContext ctx) {
        SyncDevice device = ctx.get(DeviceAuth.DEVICE);
        String batch = ctx.pathParam("batch");
        if (!UpBatches.BATCH_ID.matcher(batch).matches()) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        afterWriting(device, batch, () -> ctx.vertx().executeBlocking(() -> new long[] {batches.received(device, batch),
                batches.stored(device, batch).isPresent() ? 1 : 0}).onComplete(result -> {
                    if (result.failed()) {
                        ctx.fail(500, result.cause());
                        return;
                    }
                    ctx.response().putHeader(OFFSET, Long.toString(result.result()[0]))
                            .putHeader(COMPLETE, Boolean.toString(result.result()[1] == 1)).end();
                }));
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
        afterWriting(device, batch, () -> ctx.vertx().executeBlocking(() -> {
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
            String key = device.id() + "/" + batch;
            Promise<Void> written = Promise.promise();
            writing.put(key, written.future());
            Buffer body = ctx.get(BODY);
            Future<Boolean> whole = ctx.get(WHOLE);
            whole.onComplete(ended -> ctx.vertx().executeBlocking(() -> {
                // Written at the offset, not appended: should a cut piece still be landing while its
                // retry comes, both write the same bytes (a batch never changes) to the same places.
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    out.write(ByteBuffer.wrap(body.getBytes()), offset);
                }
                return null;
            }).onComplete(saved -> {
                writing.remove(key, written.future());
                written.tryComplete();
                if (saved.failed()) {
                    log.error("could not keep a piece of a batch from device {}", device.id(), saved.cause());
                    if (!ctx.response().closed()) {
                        ctx.fail(500, saved.cause());
                    }
                    return;
                }
                if (!Boolean.TRUE.equals(ended.result()) || ctx.response().closed()) {
                    log.info("an upload from device {} was cut after {} bytes; they are kept", device.id(),
                            body.length());
                    return;
                }
                afterPiece(ctx, device, batch, file, length);
            }));
        }));
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
