package org.hoctap.kiosk.attendance;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hoctap.kiosk.staff.StaffLog;
import org.hoctap.kiosk.staff.StaffLogin;
import org.hoctap.kiosk.web.JsonBody;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.LocalClock;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * A session's list for staff, and their changes to it (behind {@link StaffLogin}):
 * <ul>
 *   <li>{@code GET /api/staff/sessions/:id/check-ins}: {@code [{"id","personId","name","household","memberNo",
 *       "village","time","method","removed"}]}, in the order they came</li>
 *   <li>{@code POST /api/staff/sessions/:id/check-ins} {@code {"personId"}}: checks a learner in by staff, to a
 *       session of today even when closed; 200 {@code {"message"}}, 404 {@code unknown_person}, 409
 *       {@code not_today}, 503 {@code wrong_clock}</li>
 *   <li>{@code POST /api/staff/check-ins/:id/remove} {@code {"reason"}} and {@code …/restore}: a correction;
 *       200 {@code {"message"}}, 404 {@code no_such_check_in}</li>
 * </ul>
 */
public final class StaffAttendanceRoutes implements KioskRoutes {
    private static final int MAX_REASON = 200;

    private final StoreAccess store;
    private final Centre centre;
    private final CheckIns checkIns;
    private final Templates templates;
    private final LocalClock local;
    private final Clock clock;

    public StaffAttendanceRoutes(StoreAccess store, Centre centre, CheckIns checkIns, Templates templates,
            LocalClock local, Clock clock) {
        this.store = store;
        this.centre = centre;
        this.checkIns = checkIns;
        this.templates = templates;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/staff/sessions/:id/check-ins").handler(this::list);
        router.post("/api/staff/sessions/:id/check-ins").handler(this::checkIn);
        router.post("/api/staff/check-ins/:id/remove").handler(ctx -> correct(ctx, Corrections.Action.REMOVE));
        router.post("/api/staff/check-ins/:id/restore").handler(ctx -> correct(ctx, Corrections.Action.RESTORE));
    }

    private void list(RoutingContext ctx) {
        String sessionId = ctx.pathParam("id");
        Replies.whenDone(ctx, store.read(c -> SessionCheckIns.of(c, centre.id(), sessionId)), lines -> {
            JsonArray body = new JsonArray();
            for (SessionCheckIns.Line line : lines) {
                body.add(new JsonObject()
                        .put("id", line.attendanceId())
                        .put("personId", line.personId())
                        .put("name", line.fullName())
                        .put("household", line.householdCode())
                        .put("memberNo", line.memberNo())
                        .put("village", line.villageName())
                        .put("time", local.hoursMinutes(line.checkedInAt()))
                        .put("method", line.method().name())
                        .put("removed", line.removed()));
            }
            Replies.json(ctx, 200, body);
        });
    }

    private void checkIn(RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        Optional<JsonObject> body = JsonBody.of(ctx, text("kiosk.unknown_person", language));
        if (body.isEmpty()) {
            return;
        }
        String personId = JsonBody.text(body.get(), "personId").orElse("");
        String sessionId = ctx.pathParam("id");
        String staff = StaffLogin.who(ctx);
        Replies.whenDone(ctx, store.write(c -> {
            CheckInOutcome outcome = checkIns.checkInByStaff(c, personId, sessionId, staff);
            if (outcome instanceof CheckInOutcome.CheckedIn done && !done.alreadyCheckedIn()) {
                StaffLog.record(c, new StaffLog.Entry(clock.instant(), staff, "check_in",
                        personId + " to " + sessionId));
            }
            return outcome;
        }), outcome -> {
            switch (outcome) {
                case CheckInOutcome.CheckedIn done -> Replies.json(ctx, 200, new JsonObject()
                        .put("alreadyCheckedIn", done.alreadyCheckedIn())
                        .put("message", templates.render(done.alreadyCheckedIn() ? "kiosk.already_checked_in"
                                : "kiosk.checked_in", language, Map.of("name", done.learner().fullName(),
                                "topic", done.session().topic().name()))));
                case CheckInOutcome.UnknownPerson unknown ->
                        Replies.error(ctx, 404, "unknown_person", text("kiosk.unknown_person", language));
                case CheckInOutcome.NoOpenSession none ->
                        Replies.error(ctx, 409, "not_today", text("staff.not_today", language));
                case CheckInOutcome.WrongClock wrong -> Replies.error(ctx, 503, "wrong_clock",
                        templates.render("kiosk.wrong_clock", language, Map.of("time",
                                local.day(wrong.now()) + " " + local.hoursMinutes(wrong.now()))));
                case CheckInOutcome.UnknownCard card ->
                        Replies.error(ctx, 404, "unknown_card", text("kiosk.unknown_card", language));
            }
        });
    }

    private void correct(RoutingContext ctx, Corrections.Action action) {
        Language language = RequestLanguage.orVietnamese(ctx);
        Optional<JsonObject> body = ctx.body().length() <= 0 ? Optional.of(new JsonObject())
                : JsonBody.of(ctx, text("kiosk.error_try_again", language));
        if (body.isEmpty()) {
            return;
        }
        String reason = JsonBody.text(body.get(), "reason").map(r -> r.length() > MAX_REASON
                ? r.substring(0, MAX_REASON) : r).orElse("");
        String attendanceId = ctx.pathParam("id");
        String staff = StaffLogin.who(ctx);
        Instant now = clock.instant();
        Replies.whenDone(ctx, store.write(c -> {
            if (SessionCheckIns.sessionOf(c, centre.id(), attendanceId).isEmpty()) {
                return false;
            }
            if (Corrections.record(c, attendanceId, action, reason, staff, now)) {
                StaffLog.record(c, new StaffLog.Entry(now, staff, action.name().toLowerCase(Locale.ROOT),
                        attendanceId + (reason.isEmpty() ? "" : ": " + reason)));
            }
            return true;
        }), found -> {
            if (!found) {
                Replies.error(ctx, 404, "no_such_check_in", text("staff.no_such_check_in", language));
            } else {
                Replies.json(ctx, 200, new JsonObject().put("message", text(action == Corrections.Action.REMOVE
                        ? "staff.removed" : "staff.restored", language)));
            }
        });
    }

    private String text(String key, Language language) {
        return templates.render(key, language);
    }
}
