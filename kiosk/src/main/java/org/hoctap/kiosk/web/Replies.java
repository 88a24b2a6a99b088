package org.hoctap.kiosk.web;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Consumer;

/** JSON answers of the kiosk's API: {@code {"error": code, "message": text for the screen, …}} on failure. */
public final class Replies {
    private static final String JSON = "application/json; charset=utf-8";

    private Replies() {
    }

    public static void json(RoutingContext ctx, int status, JsonObject body) {
        send(ctx, status, body.encode());
    }

    public static void json(RoutingContext ctx, int status, JsonArray body) {
        send(ctx, status, body.encode());
    }

    /**
     * A failure: {@code error} is a stable code for programs, {@code message} the sentence the screen
     * shows (from a template).
     */
    public static void error(RoutingContext ctx, int status, String error, String message) {
        json(ctx, status, new JsonObject().put("error", error).put("message", message));
    }

    /** A failure with a technical {@code detail} for whoever wrote the request (not for the screen). */
    public static void error(RoutingContext ctx, int status, String error, String message, String detail) {
        json(ctx, status, new JsonObject().put("error", error).put("message", message).put("detail", detail));
    }

    /**
     * Runs {@code answer} with the result once {@code work} succeeds; a failure goes to the router's
     * error handler (500 with the screen's "try again").
     */
    public static <T> void whenDone(RoutingContext ctx, Future<T> work, Consumer<T> answer) {
        work.onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
            } else {
                answer.accept(result.result());
            }
        });
    }

    private static void send(RoutingContext ctx, int status, String body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", JSON)
                .putHeader("Cache-Control", "no-store")
                .end(body);
    }
}
