package org.hoctap.gateway.reminders.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.officers.OfficerRole;
import org.hoctap.gateway.officers.Officers;
import org.hoctap.gateway.officers.Refusal;
import org.hoctap.gateway.officers.web.Api;
import org.hoctap.gateway.officers.web.OfficerLogin;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.gateway.reminders.Reminder;
import org.hoctap.gateway.reminders.ReminderPlan;
import org.hoctap.gateway.reminders.Reminders;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.SmsText;
import org.hoctap.shared.text.Templates;

/**
 * Reminders on the central web, for commune and province officers, reaching the households of
 * their communes:
 * <ul>
 *   <li>{@code POST /api/reminders/preview}: who would receive what, the parts and the cost, a sample per language;</li>
 *   <li>{@code POST /api/reminders} {@code {"kind","texts":{"vi",…},"goal","audience","sendAt"}}: scheduled
 *       ({@code sendAt} in Vietnam's time, e.g. {@code 2026-10-01T08:00});</li>
 *   <li>{@code GET /api/reminders}; {@code POST /api/reminders/:id/cancel}.</li>
 * </ul>
 */
public final class ReminderRoutes {
    private final Database db;
    private final Outbox outbox;
    private final Templates templates;
    private final long price;
    private final Api api;
    private final Clock clock;

    public ReminderRoutes(Database db, Outbox outbox, Templates templates, long price, Api api, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.templates = templates;
        this.price = price;
        this.api = api;
        this.clock = clock;
    }

    public void mount(Router router) {
        router.post("/api/reminders/preview").handler(this::preview);
        router.post("/api/reminders/:id/cancel").handler(this::cancel);
        router.post("/api/reminders").handler(this::schedule);
        router.get("/api/reminders").handler(this::list);
    }

    private void preview(RoutingContext ctx) {
        withReminder(ctx, reminder -> api.blocking(ctx, 200, () -> db.read(c -> {
            ReminderPlan plan = ReminderPlan.of(c, reminder, templates, clock.instant());
            long segments = 0;
            Map<Language, JsonObject> samples = new LinkedHashMap<>();
            for (ReminderPlan.Message m : plan.messages()) {
                SmsText sms = outbox.encode(m.text());
                segments += sms.segments();
                samples.putIfAbsent(m.language(), new JsonObject().put("language", m.language().tag())
                        .put("text", sms.text()).put("segments", sms.segments()).put("encoding", sms.encoding().name()));
            }
            return new JsonObject().put("messages", plan.messages().size()).put("segments", segments)
                    .put("cost", segments * price).put("price", price).put("optedOut", plan.optedOut())
                    .put("atGoal", plan.atGoal()).put("overLimit", plan.overLimit())
                    .put("samples", new JsonArray(java.util.List.copyOf(samples.values())));
        })));
    }

    private void schedule(RoutingContext ctx) {
        withReminder(ctx, reminder -> {
            if (!reminder.sendAt().isAfter(clock.instant().minusSeconds(60))) {
                ctx.fail(new Refusal(Refusal.Kind.INVALID, "officer.bad_reminder", Map.of()));
                return;
            }
            api.blocking(ctx, 201, () -> db.write(c -> {
                Reminders.insert(c, reminder);
                Officers.log(c, reminder.createdBy(), "reminder", reminder.id() + " " + reminder.kind() + " at "
                        + reminder.sendAt(), clock.instant());
                return json(reminder);
            }));
        });
    }

    private void list(RoutingContext ctx) {
        Officer officer = OfficerLogin.officer(ctx);
        api.blocking(ctx, 200, () -> db.read(c -> {
            JsonArray all = new JsonArray();
            Reminders.inScope(c, Officers.communes(c, officer)).forEach(r -> all.add(json(r)));
            return new JsonObject().put("reminders", all);
        }));
    }

    private void cancel(RoutingContext ctx) {
        Officer officer = OfficerLogin.officer(ctx);
        if (!mayRemind(ctx, officer)) {
            return;
        }
        String id = ctx.pathParam("id");
        api.blocking(ctx, 200, () -> db.write(c -> {
            java.util.List<String> mine = Officers.communes(c, officer).communeIds();
            Reminder reminder = Reminders.byId(c, id)
                    .filter(r -> !r.communes().communeIds().isEmpty() && mine.containsAll(r.communes().communeIds()))
                    .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "officer.reminder_not_cancellable", Map.of()));
            if (!Reminders.cancel(c, id, clock.instant())) {
                throw new Refusal(Refusal.Kind.INVALID, "officer.reminder_not_cancellable", Map.of());
            }
            Officers.log(c, officer.login(), "reminder_cancelled", id, clock.instant());
            return json(Reminders.byId(c, reminder.id()).orElseThrow());
        }));
    }

    /** Commune and province officers send and cancel reminders; centre staff do not. */
    private static boolean mayRemind(RoutingContext ctx, Officer officer) {
        if (officer.role().atLeast(OfficerRole.COMMUNE_OFFICER)) {
            return true;
        }
        ctx.fail(new Refusal(Refusal.Kind.FORBIDDEN, "officer.may_not_remind", Map.of()));
        return false;
    }

    /** The reminder the body describes, for the officer's communes; refused when it is malformed or the role may not. */
    private void withReminder(RoutingContext ctx, java.util.function.Consumer<Reminder> then) {
        Officer officer = OfficerLogin.officer(ctx);
        if (!mayRemind(ctx, officer)) {
            return;
        }
        Optional<JsonObject> body = api.body(ctx);
        if (body.isEmpty()) {
            return;
        }
        JsonObject b = body.get();
        ctx.vertx().executeBlocking(() -> db.read(c -> Officers.communes(c, officer)), false).onComplete(scope -> {
            if (scope.failed()) {
                ctx.fail(scope.cause());
                return;
            }
            if (scope.result().communeIds().isEmpty()) {
                ctx.fail(new Refusal(Refusal.Kind.FORBIDDEN, "officer.may_not_remind", Map.of()));
                return;
            }
            try {
                Map<Language, String> texts = new EnumMap<>(Language.class);
                JsonObject given = b.getValue("texts") instanceof JsonObject t ? t : new JsonObject();
                for (Language language : Language.values()) {
                    if (given.getValue(language.tag()) instanceof String s && !s.isBlank()) {
                        texts.put(language, s.strip());
                    }
                }
                Instant sendAt = b.getValue("sendAt") instanceof String s ? LocalDateTime.parse(s)
                        .atZone(TitleYears.ZONE).toInstant() : clock.instant();
                int year = b.getValue("year") instanceof Number n ? n.intValue() : TitleYears.of(clock.instant());
                then.accept(new Reminder(Ids.newId(), Reminder.Kind.valueOf(String.valueOf(b.getValue("kind"))), texts,
                        b.getValue("goal") instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty(),
                        Reminder.Audience.valueOf(String.valueOf(b.getValue("audience", "ALL"))), year, scope.result(),
                        sendAt, officer.login(), clock.instant(), Reminder.State.SCHEDULED, Optional.empty(), 0, 0));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                ctx.fail(new Refusal(Refusal.Kind.INVALID, "officer.bad_reminder", Map.of()));
            }
        });
    }

    private static JsonObject json(Reminder r) {
        JsonObject texts = new JsonObject();
        r.texts().forEach((language, text) -> texts.put(language.tag(), text));
        return new JsonObject().put("id", r.id()).put("kind", r.kind().name()).put("texts", texts)
                .put("goal", r.goal().isPresent() ? r.goal().getAsInt() : null).put("audience", r.audience().name())
                .put("year", r.year()).put("sendAt", r.sendAt().toString())
                .put("sendAtLocal", r.sendAt().atZone(TitleYears.ZONE).toLocalDateTime().toString())
                .put("createdBy", r.createdBy()).put("state", r.state().name())
                .put("doneAt", r.doneAt().map(Instant::toString).orElse(null)).put("queued", r.queued())
                .put("skipped", r.skipped());
    }
}
