package org.hoctap.kiosk.session;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.learning.Topic;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * Staff run the day's sessions (behind {@link StaffLogin}):
 * <ul>
 *   <li>{@code GET /api/staff/topics}: {@code [{"id","code","name","pictogram"}]}</li>
 *   <li>{@code GET /api/staff/sessions?date=YYYY-MM-DD} (default today): the sessions opened that day,
 *       {@code {"date","today","sessions":[{"id","topic":{…},"teacher","open","openedAt","closedAt","plannedEnd",
 *       "checkIns"}]}}, times as the kiosk's local {@code HH:mm}, days as its local dates</li>
 *   <li>{@code POST /api/staff/sessions} {@code {"topicId","teacher","plannedEnd":"HH:mm"}}: opens one now,
 *       closing the one open; 200 {@code {"session","message"}}; 400 {@code no_topic} or {@code bad_time}</li>
 *   <li>{@code POST /api/staff/sessions/:id/close}: 200 {@code {"session","message"}}; 404 {@code no_such_session}</li>
 * </ul>
 */
public final class StaffSessionRoutes implements KioskRoutes {
    private final StoreAccess store;
    private final Centre centre;
    private final Templates templates;
    private final LocalClock local;
    private final Clock clock;

    public StaffSessionRoutes(StoreAccess store, Centre centre, Templates templates, LocalClock local, Clock clock) {
        this.store = store;
        this.centre = centre;
        this.templates = templates;
        this.local = local;
        this.clock = clock;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/staff/topics").handler(this::topics);
        router.get("/api/staff/sessions").handler(this::ofDay);
        router.post("/api/staff/sessions").handler(this::open);
        router.post("/api/staff/sessions/:id/close").handler(this::close);
    }

    private void topics(RoutingContext ctx) {
        Replies.whenDone(ctx, store.read(Learning::topics), topics -> {
            JsonArray body = new JsonArray();
            topics.forEach(topic -> body.add(json(topic)));
            Replies.json(ctx, 200, body);
        });
    }

    private void ofDay(RoutingContext ctx) {
        LocalDate today = local.day(clock.instant());
        LocalDate day;
        try {
            day = ctx.queryParam("date").isEmpty() ? today : LocalDate.parse(ctx.queryParam("date").get(0));
        } catch (DateTimeParseException e) {
            Replies.error(ctx, 400, "bad_date", text(ctx, "staff.bad_date"), "date is YYYY-MM-DD");
            return;
        }
        Replies.whenDone(ctx, store.read(c -> ClassSessions.ofDay(c, centre.id(), day, local.zone())), sessions -> {
            JsonArray list = new JsonArray();
            sessions.forEach(session -> list.add(json(session)));
            Replies.json(ctx, 200, new JsonObject().put("date", day.toString()).put("today", today.toString())
                    .put("sessions", list));
        });
    }

    private void open(RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        Optional<JsonObject> body = JsonBody.of(ctx, text(ctx, "staff.no_topic"));
        if (body.isEmpty()) {
            return;
        }
        Optional<String> topicId = JsonBody.text(body.get(), "topicId");
        Optional<String> teacher = JsonBody.text(body.get(), "teacher").map(t -> t.length() > 80 ? t.substring(0, 80) : t);
        Instant now = clock.instant();
        Optional<Instant> plannedEnd;
        try {
            plannedEnd = JsonBody.text(body.get(), "plannedEnd")
                    .map(time -> local.at(local.day(now), LocalTime.parse(time)));
        } catch (DateTimeParseException e) {
            Replies.error(ctx, 400, "bad_time", text(ctx, "staff.bad_time"), "plannedEnd is HH:mm");
            return;
        }
        if (plannedEnd.filter(end -> !end.isAfter(now)).isPresent()) {
            Replies.error(ctx, 400, "bad_time", text(ctx, "staff.bad_time"), "plannedEnd is before now");
            return;
        }
        String staff = StaffLogin.who(ctx);
        Replies.whenDone(ctx, store.write(c -> {
            if (topicId.isEmpty() || Learning.topic(c, topicId.get()).isEmpty()) {
                return Optional.<ClassSessions.Opening>empty();
            }
            ClassSessions.Opening opening = ClassSessions.open(c, centre.id(), topicId.get(), teacher, plannedEnd, now);
            StaffLog.record(c, new StaffLog.Entry(now, staff, "open_session",
                    opening.opened().topic().code() + " " + opening.opened().session().id()));
            return Optional.of(opening);
        }), opening -> {
            if (opening.isEmpty()) {
                Replies.error(ctx, 400, "no_topic", text(ctx, "staff.no_topic"));
                return;
            }
            OpenSession opened = opening.get().opened();
            String message = opening.get().closed().isEmpty()
                    ? templates.render("staff.opened", language, Map.of("topic", opened.topic().name()))
                    : templates.render("staff.opened_closing", language, Map.of("topic", opened.topic().name(),
                            "closed", opening.get().closed().get(0).topic().name()));
            Replies.json(ctx, 200, new JsonObject().put("session", json(new SessionOfDay(opened.session(),
                    opened.topic(), 0))).put("message", message));
        });
    }

    private void close(RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        String id = ctx.pathParam("id");
        String staff = StaffLogin.who(ctx);
        Instant now = clock.instant();
        Replies.whenDone(ctx, store.write(c -> {
            Optional<OpenSession> closed = ClassSessions.close(c, centre.id(), id, now);
            if (closed.isPresent()) {
                StaffLog.record(c, new StaffLog.Entry(now, staff, "close_session", closed.get().topic().code() + " " + id));
            }
            return closed;
        }), closed -> {
            if (closed.isEmpty()) {
                Replies.error(ctx, 404, "no_such_session", text(ctx, "staff.no_such_session"));
                return;
            }
            Replies.json(ctx, 200, new JsonObject()
                    .put("session", json(new SessionOfDay(closed.get().session(), closed.get().topic(), 0)))
                    .put("message", templates.render("staff.closed", language,
                            Map.of("topic", closed.get().topic().name()))));
        });
    }

    private JsonObject json(SessionOfDay day) {
        var session = day.session();
        return new JsonObject()
                .put("id", session.id())
                .put("topic", json(day.topic()))
                .put("teacher", session.teacher().orElse(null))
                .put("open", session.isOpen())
                .put("openedAt", local.hoursMinutes(session.openedAt()))
                .put("closedAt", session.closedAt().map(local::hoursMinutes).orElse(null))
                .put("plannedEnd", session.plannedEnd().map(local::hoursMinutes).orElse(null))
                .put("checkIns", day.checkIns());
    }

    private static JsonObject json(Topic topic) {
        return new JsonObject().put("id", topic.id()).put("code", topic.code()).put("name", topic.name())
                .put("pictogram", topic.pictogram());
    }

    private String text(RoutingContext ctx, String key) {
        return templates.render(key, RequestLanguage.orVietnamese(ctx));
    }
}
