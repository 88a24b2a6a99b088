package org.hoctap.kiosk.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

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
