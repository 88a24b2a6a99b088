package org.hoctap.kiosk.sync;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.LocalClock;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * The sync as the pages see it: {@code GET /api/sync} {@code {"enrolled","last":{"at","time","ok"}}}
 * for the home screen (nothing personal); {@code POST /api/staff/sync} (behind the staff login) runs
 * one now and says what it did or why it failed, in the staff's language (503 when the central server
 * cannot be reached, 409 when the kiosk is not enrolled).
 */
public final class SyncRoutes implements KioskRoutes {
    private final SyncRunner runner;
    private final StoreAccess store;
    private final Templates templates;
    private final LocalClock local;

    public SyncRoutes(SyncRunner runner, StoreAccess store, Templates templates, LocalClock local) {
        this.runner = runner;
        this.store = store;
        this.templates = templates;
        this.local = local;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/sync").handler(ctx -> Replies.json(ctx, 200, new JsonObject()
                .put("enrolled", runner.enrolled())
                .put("last", runner.last().map(this::json).orElse(null))));
        router.post("/api/staff/sync").handler(this::runNow);
    }

    private void runNow(RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        Replies.whenDone(ctx, store.blocking(runner::runNow), result -> {
            if (result.isEmpty()) {
                Replies.error(ctx, 409, "not_enrolled", templates.render("staff.sync_not_enrolled", language));
                return;
            }
            SyncResult done = result.get();
            if (done.unreachable()) {
                Replies.error(ctx, 503, "unreachable", templates.render("staff.sync_unreachable", language));
                return;
            }
            if (!done.ok()) {
                Replies.error(ctx, 503, "sync_failed", templates.render("staff.sync_failed", language,
                        Map.of("reason", done.failure().orElse(""))));
                return;
            }
            Replies.json(ctx, 200, json(done).put("message", templates.render("staff.sync_done", language,
                    Map.of("batches", done.sentBatches(), "records", done.gotRecords()))));
        });
    }

    private JsonObject json(SyncResult result) {
        return new JsonObject().put("at", result.at().toString()).put("time", local.hoursMinutes(result.at()))
                .put("ok", result.ok());
    }

}
