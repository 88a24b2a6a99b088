package org.hoctap.kiosk.hardware;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.hoctap.hardware.Hardware;
import org.hoctap.hardware.power.BatteryState;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.Replies;

/**
 * {@code GET /api/power}: {@code {"battery":null}} on mains alone (no UPS), else
 * {@code {"battery":{"percent":64,"onMains":false}}}, for the home screen to say when the kiosk runs
 * on its battery. Nothing personal: open to anyone.
 */
public final class PowerRoutes implements KioskRoutes {
    private final Hardware hardware;

    public PowerRoutes(Hardware hardware) {
        this.hardware = hardware;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/power").handler(ctx -> Replies.json(ctx, 200, new JsonObject().put("battery",
                hardware.battery().map(PowerRoutes::json).orElse(null))));
    }

    static JsonObject json(BatteryState battery) {
        return new JsonObject().put("percent", battery.percent()).put("onMains", battery.onMains())
                .put("volts", Math.round(battery.volts() * 100) / 100.0);
    }
}
