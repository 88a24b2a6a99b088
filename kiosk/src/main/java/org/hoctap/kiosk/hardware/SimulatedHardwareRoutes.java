package org.hoctap.kiosk.hardware;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.hoctap.hardware.Hardware;
import org.hoctap.hardware.SimulatedHardware;
import org.hoctap.kiosk.web.JsonBody;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.OwnScreen;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * The simulated hardware, driven and watched over HTTP from this machine only (the demo's hardware
 * page, tests, {@code curl}); absent on real hardware (404):
 * <ul>
 *   <li>{@code POST /api/simulated/card {"uid":"04A1B2C3"}}: the card is put on the reader;</li>
 *   <li>{@code POST /api/simulated/battery {"percent":8,"mains":false}}: either field, or both;</li>
 *   <li>{@code GET /api/simulated/state}: the last feedback pattern and when, and the battery;</li>
 *   <li>{@code GET /api/simulated/cards}: a few enrolled cards' UIDs to tap.</li>
 * </ul>
 * The demo's page for them is {@code /kiosk/hardware.html}.
 */
public final class SimulatedHardwareRoutes implements KioskRoutes {
    private final Optional<SimulatedHardware> simulated;
    private final Hardware hardware;
    private final Templates templates;
    private final StoreAccess store;

    public SimulatedHardwareRoutes(Hardware hardware, Templates templates, StoreAccess store) {
        this.simulated = hardware.simulated();
        this.hardware = hardware;
        this.templates = templates;
        this.store = store;
    }

    @Override
    public void mount(Router router) {
        if (simulated.isEmpty()) {
            return;
        }
        router.route("/api/simulated/*").handler(ctx -> {
            if (OwnScreen.is(ctx)) {
                ctx.next();
            } else {
                Replies.error(ctx, 403, "own_screen_only", text("kiosk.sim_this_machine_only", ctx));
            }
        });
        router.post("/api/simulated/*").handler(JsonBody.reader());
        router.post("/api/simulated/card").handler(this::tap);
        router.post("/api/simulated/battery").handler(this::battery);
        router.get("/api/simulated/state").handler(ctx -> Replies.json(ctx, 200, state()));
        router.get("/api/simulated/cards").handler(ctx -> Replies.whenDone(ctx, store.read(c -> Jdbc.list(c,
                "SELECT uid FROM card ORDER BY issued_at, uid LIMIT 6", row -> row.getString(1))),
                uids -> Replies.json(ctx, 200, new JsonArray(uids))));
    }

    private void tap(RoutingContext ctx) {
        Optional<JsonObject> body = JsonBody.of(ctx, text("kiosk.sim_bad_card", ctx));
        if (body.isEmpty()) {
            return;
        }
        String uid = JsonBody.text(body.get(), "uid").orElse("").replaceAll("[\\s:-]", "");
        try {
            simulated.get().reader().present(uid);
        } catch (IllegalArgumentException e) {
            Replies.error(ctx, 400, "bad_card", text("kiosk.sim_bad_card", ctx), e.getMessage());
            return;
        }
        Replies.json(ctx, 202, new JsonObject().put("uid", uid.toUpperCase(java.util.Locale.ROOT)));
    }

    private void battery(RoutingContext ctx) {
        Optional<JsonObject> body = JsonBody.of(ctx, text("kiosk.sim_bad_battery", ctx));
        if (body.isEmpty()) {
            return;
        }
        Object percent = body.get().getValue("percent");
        Object mains = body.get().getValue("mains");
        if ((percent != null && !(percent instanceof Integer p && p >= 0 && p <= 100))
                || (mains != null && !(mains instanceof Boolean)) || (percent == null && mains == null)) {
            Replies.error(ctx, 400, "bad_battery", text("kiosk.sim_bad_battery", ctx));
            return;
        }
        if (percent != null) {
            simulated.get().battery().charge((Integer) percent);
        }
        if (mains != null) {
            simulated.get().battery().mains((Boolean) mains);
        }
        Replies.json(ctx, 200, state());
    }

    private JsonObject state() {
        JsonObject feedback = simulated.get().feedback().last()
                .map(s -> new JsonObject().put("pattern", s.pattern().name()).put("at", s.at().toString()))
                .orElse(null);
        return new JsonObject().put("feedback", feedback)
                .put("battery", hardware.battery().map(PowerRoutes::json).orElse(null))
                .put("shuttingDown", hardware.shutdown().started());
    }

    private String text(String key, RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        return templates.render(key, language);
    }
}
