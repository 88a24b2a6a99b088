package org.hoctap.gateway.officers.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hoctap.gateway.officers.Refusal;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central web's JSON conventions: answers as JSON, failures as {@code {"error": code, "message":
 * sentence in the officer's language}}, blocking database work off the event loop.
 */
public final class Api {
    private static final Logger log = LoggerFactory.getLogger(Api.class);

    private final Templates templates;

    public Api(Templates templates) {
        this.templates = templates;
    }

    /** The language the page asks for ({@code ?lang=}), Vietnamese by default. */
    public Language language(RoutingContext ctx) {
        List<String> tags = ctx.queryParam("lang");
        return tags.isEmpty() ? Language.VI : Language.fromTag(tags.get(0)).orElse(Language.VI);
    }

    /**
     * The year a request names ({@code ?year=} or a body's {@code "year"}: a number or its text), or
     * this year (Vietnam's) when it names none or no plausible one.
     */
    public static int year(Object given, java.time.Instant now) {
        try {
            int year = given instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(given).strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // this year
        }
        return TitleYears.of(now);
    }

    /** The constant of {@code type} a request's value names exactly, if it does. */
    public static <E extends Enum<E>> Optional<E> constant(Class<E> type, Object value) {
        try {
            return value instanceof String s ? Optional.of(Enum.valueOf(type, s)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Templates templates() {
        return templates;
    }

    public String text(RoutingContext ctx, String key, Map<String, ?> values) {
        return templates.render(key, language(ctx), values);
    }

    public void json(RoutingContext ctx, int status, Object body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-store").end(io.vertx.core.json.Json.encode(body));
    }

    /** A failure with a stable code and the sentence of template {@code key}. */
    public void error(RoutingContext ctx, int status, String code, String key, Map<String, ?> values) {
        json(ctx, status, new JsonObject().put("error", code).put("message", text(ctx, key, values)));
    }

    /** The body as a JSON object, or empty after answering 400. */
    public Optional<JsonObject> body(RoutingContext ctx) {
        try {
            JsonObject object = ctx.body().asJsonObject();
            if (object != null) {
                return Optional.of(object);
            }
        } catch (DecodeException | ClassCastException e) {
            log.debug("malformed request body: {}", e.getMessage());
        }
        error(ctx, 400, "malformed_request", "officer.malformed_request", Map.of());
        return Optional.empty();
    }

    /** Answers a {@link Refusal} (found anywhere in the failure's causes) in the officer's language; false when it is none. */
    public boolean refused(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        while (failure != null && !(failure instanceof Refusal)) {
            failure = failure.getCause();
        }
        if (!(failure instanceof Refusal refusal)) {
            return false;
        }
        int status = switch (refusal.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case INVALID -> 400;
        };
        json(ctx, status, new JsonObject().put("error", refusal.templateKey().replaceFirst("^[a-z]+\\.", ""))
                .put("message", text(ctx, refusal.templateKey(), refusal.values())));
        return true;
    }

    /** Runs {@code work} on a worker thread and answers its result as JSON with {@code status}. */
    public <T> void blocking(RoutingContext ctx, int status, Callable<T> work) {
        ctx.vertx().executeBlocking(work, false).onComplete(result -> {
            if (result.succeeded()) {
                json(ctx, status, result.result());
            } else {
                ctx.fail(result.cause());
            }
        });
    }
}
