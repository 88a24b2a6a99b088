package org.hoctap.kiosk.roster;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.OwnScreen;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/learners}: the centre's learners for the name list,
 * {@code [{"id":…,"name":…,"village":…,"household":"QC0042","memberNo":2}, …]}, in the database's order of
 * full names (the page sorts them for people, by given name). For the kiosk's own screen (or logged-in
 * staff) only; the staff page asks {@code GET /api/staff/learners}, behind the login.
 */
public final class RosterRoutes implements KioskRoutes {
    private static final Logger log = LoggerFactory.getLogger(RosterRoutes.class);

    private final StoreAccess store;
    private final Centre centre;
    private final Templates templates;

    public RosterRoutes(StoreAccess store, Centre centre, Templates templates) {
        this.store = store;
        this.centre = centre;
        this.templates = templates;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/learners").handler(OwnScreen.orStaff(templates)).handler(this::list);
        router.get("/api/staff/learners").handler(this::list);
    }

    private void list(RoutingContext ctx) {
        store.read(c -> Learners.ofCentre(c, centre.id())).onComplete(result -> {
            if (result.failed()) {
                log.error("cannot read the learners of centre {}", centre.code(), result.cause());
                ctx.fail(result.cause());
                return;
            }
            JsonArray body = new JsonArray();
            for (Learner learner : result.result()) {
                body.add(json(learner));
            }
            Replies.json(ctx, 200, body);
        });
    }

    static JsonObject json(Learner learner) {
        return new JsonObject()
                .put("id", learner.id())
                .put("name", learner.fullName())
                .put("village", learner.villageName())
                .put("household", learner.householdCode())
                .put("memberNo", learner.memberNo());
    }
}
