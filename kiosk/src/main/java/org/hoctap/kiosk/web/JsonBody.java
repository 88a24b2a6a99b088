package org.hoctap.kiosk.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Optional;

/** Small JSON request bodies: read whole (at most {@value #LIMIT} bytes), an object or nothing. */
public final class JsonBody {
    public static final int LIMIT = 8 * 1024;

    private JsonBody() {
    }

    /** The handler that reads the body first, refusing larger ones with 413. */
    public static BodyHandler reader() {
        return BodyHandler.create(false).setBodyLimit(LIMIT);
    }

    /**
     * The body as a JSON object; empty when it is missing or not a JSON object, after answering 400
     * {@code malformed_request} with {@code message} for the screen.
     */
    public static Optional<JsonObject> of(RoutingContext ctx, String message) {
        try {
            JsonObject object = ctx.body().asJsonObject();
            if (object != null) {
                return Optional.of(object);
            }
            Replies.error(ctx, 400, "malformed_request", message, "the body must be a JSON object, not empty");
        } catch (DecodeException | ClassCastException e) {
            Replies.error(ctx, 400, "malformed_request", message, "the body is not a JSON object: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A string field, stripped; empty when absent, not a string, or blank. */
    public static Optional<String> text(JsonObject body, String field) {
        return body.getValue(field) instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }
}
