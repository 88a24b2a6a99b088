package org.hoctap.gateway.smscsim;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The virtual phone's JSON API. Errors are {@code {"error": code, "message": English detail}}; the
 * page shows its own Vietnamese wording for each code.
 */
final class PhoneApi {
    private final SmscSimulator smsc;
    private final List<String> phones;
    private final int maxSegments;

    PhoneApi(SmscSimulator smsc, List<String> phones, int maxSegments) {
        this.smsc = smsc;
        this.phones = phones.stream().map(p -> HandsetNumbers.normalize(p).orElse(p.strip()))
                .filter(p -> !p.isEmpty()).distinct().toList();
        this.maxSegments = maxSegments;
    }

    /** {@code POST /api/sms {"from": "+84912345678", "text": "12"}}: the phone texts the short code. */
    void sendSms(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            error(ctx, 400, "invalid_json", "the body must be a JSON object");
            return;
        }
        if (body == null) {
            error(ctx, 400, "invalid_json", "the body must be a JSON object");
            return;
        }
        String from = body.getValue("from") instanceof String s ? s.strip() : "";
        String text = body.getValue("text") instanceof String s ? s : "";
        if (from.isEmpty()) {
            error(ctx, 400, "missing_from", "'from' (the phone number) is required");
            return;
        }
        if (text.isBlank()) {
            error(ctx, 400, "missing_text", "'text' is required");
            return;
        }
        if (HandsetNumbers.normalize(from).isEmpty()) {
            error(ctx, 400, "invalid_from", "'from' is not a phone number: " + from);
            return;
        }
        int segments = SimTextCodec.segments(text);
        if (segments > maxSegments) {
            ctx.response().setStatusCode(400);
            ctx.json(new JsonObject().put("error", "text_too_long")
                    .put("message", "the text needs " + segments + " SMS; at most " + maxSegments)
                    .put("segments", segments).put("maxSegments", maxSegments));
            return;
        }
        MoResult result = smsc.deliverMo(from, smsc.shortCode(), text);
        ctx.response().setStatusCode(202);
        ctx.json(new JsonObject().put("esmeBound", result.esmeBound()).put("queued", result.queued())
                .put("message", MessageJson.of(result.message())));
    }

    /**
     * {@code POST /api/ussd} {@code {"from","text"}}: a code such as {@code *123#} dials USSD (a new
     * session); anything else answers the open session's screen (409 {@code no_ussd_session} when none
     * is open). {@code POST /api/ussd/cancel} {@code {"from"}} ends the session.
     */
    void ussd(RoutingContext ctx) {
        JsonObject body = object(ctx);
        if (body == null) {
            return;
        }
        String from = body.getValue("from") instanceof String s ? s.strip() : "";
        String text = body.getValue("text") instanceof String s ? s.strip() : "";
        if (HandsetNumbers.normalize(from).isEmpty()) {
            error(ctx, 400, "invalid_from", "'from' is not a phone number: " + from);
            return;
        }
        if (text.isEmpty()) {
            error(ctx, 400, "missing_text", "'text' is required");
            return;
        }
        MoResult result;
        if (isUssdCode(text)) {
            result = smsc.dialUssd(from, text);
        } else if (smsc.ussdOpen(from)) {
            result = smsc.answerUssd(from, text);
        } else {
            error(ctx, 409, "no_ussd_session", "no USSD session is open on " + from + ": dial a code such as *123#");
            return;
        }
        ctx.response().setStatusCode(202);
        ctx.json(new JsonObject().put("esmeBound", result.esmeBound()).put("message", MessageJson.of(result.message())));
    }

    void cancelUssd(RoutingContext ctx) {
        JsonObject body = object(ctx);
        if (body == null) {
            return;
        }
        String from = body.getValue("from") instanceof String s ? s.strip() : "";
        if (HandsetNumbers.normalize(from).isEmpty()) {
            error(ctx, 400, "invalid_from", "'from' is not a phone number: " + from);
            return;
        }
        smsc.cancelUssd(from);
        ctx.json(new JsonObject().put("ussdOpen", false));
    }

    /** A USSD code as a phone's keypad dials it: a star, digits and stars, a hash. */
    static boolean isUssdCode(String text) {
        return text.matches("\\*[0-9*]{1,30}#");
    }

    private static JsonObject object(RoutingContext ctx) {
        try {
            JsonObject body = ctx.body().asJsonObject();
            if (body != null) {
                return body;
            }
        } catch (DecodeException | ClassCastException e) {
            // answered below
        }
        error(ctx, 400, "invalid_json", "the body must be a JSON object");
        return null;
    }

    /** {@code GET /api/phones/:msisdn/messages}: the conversation, oldest first. */
    void messages(RoutingContext ctx) {
        String msisdn = ctx.pathParam("msisdn");
        if (msisdn == null || HandsetNumbers.normalize(msisdn).isEmpty()) {
            error(ctx, 400, "invalid_msisdn", "not a phone number: " + msisdn);
            return;
        }
        JsonArray list = new JsonArray();
        smsc.conversation(msisdn).forEach(m -> list.add(MessageJson.of(m)));
        ctx.response().putHeader("X-Ussd-Open", String.valueOf(smsc.ussdOpen(msisdn)));
        ctx.json(list);
    }

    /** {@code GET /api/phones}: the suggested numbers and the short code. */
    void phones(RoutingContext ctx) {
        ctx.json(new JsonObject().put("shortCode", smsc.shortCode()).put("phones", new JsonArray(phones))
                .put("maxSegments", maxSegments));
    }

    /** {@code GET /api/status}: whether the gateway is bound. */
    void status(RoutingContext ctx) {
        ctx.json(new JsonObject().put("shortCode", smsc.shortCode()).put("esmeBound", smsc.esmeBound())
                .put("boundSessions", smsc.boundSessions()).put("pendingDeliveries", smsc.pendingDeliveries()));
    }

    static void error(RoutingContext ctx, int status, String code, String message) {
        ctx.response().setStatusCode(status);
        ctx.json(new JsonObject().put("error", code).put("message", message));
    }
}
