package org.hoctap.kiosk.staff;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.LocalClock;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.StoreAccess;

/**
 * {@code GET /api/staff/log} (behind the login): the newest {@value #SHOWN} things staff did, newest first,
 * {@code [{"at":"2026-11-22 08:05","staff","action","detail"}]}, so a centre sees who took which list.
 */
public final class StaffLogRoutes implements KioskRoutes {
    private static final int SHOWN = 50;

    private final StoreAccess store;
    private final LocalClock local;

    public StaffLogRoutes(StoreAccess store, LocalClock local) {
        this.store = store;
        this.local = local;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/staff/log").handler(ctx -> Replies.whenDone(ctx, store.read(c -> StaffLog.recent(c, SHOWN)),
                entries -> {
                    JsonArray body = new JsonArray();
                    entries.forEach(entry -> body.add(new JsonObject()
                            .put("at", local.day(entry.at()) + " " + local.hoursMinutes(entry.at()))
                            .put("staff", entry.staff())
                            .put("action", entry.action())
                            .put("detail", entry.detail())));
                    Replies.json(ctx, 200, body);
                }));
    }
}
