package org.hoctap.kiosk.session;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.places.Centre;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/session}: the centre and today's open session, e.g.
 * {@code {"centre":{"code":"QC","name":"…"},"open":true,"session":{"id":…,"topic":{"code":"LUA","name":…,
 * "pictogram":"rice"},"teacher":…,"openedAt":"2026-11-22T01:00:00Z","openedAtLocal":"08:00"}}}, or
 * {@code "open":false} without {@code session}.
 */
public final class SessionRoutes implements KioskRoutes {
    private static final Logger log = LoggerFactory.getLogger(SessionRoutes.class);

    private final StoreAccess store;
    private final Centre centre;
    private final ZoneId zone;
    private final Clock clock;

    public SessionRoutes(StoreAccess store, Centre centre, ZoneId zone, Clock clock) {
        this.store = store;
        this.centre = centre;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/session").handler(this::current);
    }

    private void current(RoutingContext ctx) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        store.read(c -> ClassSessions.current(c, centre.id(), today, zone)).onComplete(result -> {
            if (result.failed()) {
                log.error("cannot read the open session", result.cause());
                ctx.fail(result.cause());
                return;
            }
            JsonObject body = new JsonObject()
                    .put("centre", new JsonObject().put("code", centre.code()).put("name", centre.name()))
                    .put("open", result.result().isPresent());
            result.result().ifPresent(open -> body.put("session", json(open)));
            Replies.json(ctx, 200, body);
        });
    }

    /** The session as the page shows it. */
    public JsonObject json(OpenSession open) {
        LocalTime opened = LocalTime.ofInstant(open.session().openedAt(), zone).truncatedTo(ChronoUnit.MINUTES);
        return new JsonObject()
                .put("id", open.session().id())
                .put("topic", new JsonObject()
                        .put("code", open.topic().code())
                        .put("name", open.topic().name())
                        .put("pictogram", open.topic().pictogram()))
                .put("teacher", open.session().teacher().orElse(null))
                .put("openedAt", open.session().openedAt().toString())
                .put("openedAtLocal", opened.toString());
    }
}
