package org.hoctap.kiosk.clock;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.hoctap.kiosk.staff.StaffLog;
import org.hoctap.kiosk.staff.StaffLogin;
import org.hoctap.kiosk.web.JsonBody;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's clock for staff (behind the login): {@code GET /api/staff/clock} gives
 * {@code {"date":"2026-11-22","time":"08:05"}} in the kiosk's zone; {@code POST /api/staff/clock}
 * {@code {"date","time":"HH:mm"}} sets the machine's clock ({@link SystemClockSetter}); 200 with the new
 * time, 400 {@code bad_time}, 503 {@code clock_refused} with the system's reason.
 */
public final class ClockRoutes implements KioskRoutes {
    private static final Logger log = LoggerFactory.getLogger(ClockRoutes.class);

    private final StoreAccess store;
    private final Templates templates;
    private final ZoneId zone;
    private final Clock clock;
    private final SystemClockSetter setter;

    public ClockRoutes(StoreAccess store, Templates templates, ZoneId zone, Clock clock, SystemClockSetter setter) {
        this.store = store;
        this.templates = templates;
        this.zone = zone;
        this.clock = clock;
        this.setter = setter;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/staff/clock").handler(ctx -> Replies.json(ctx, 200, now()));
        router.post("/api/staff/clock").handler(this::set);
    }

    private JsonObject now() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES);
        return new JsonObject().put("date", now.toLocalDate().toString()).put("time", now.toLocalTime().toString());
    }

    private void set(RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        Optional<JsonObject> body = JsonBody.of(ctx, templates.render("staff.clock_bad", language));
        if (body.isEmpty()) {
            return;
        }
        LocalDateTime wanted;
        try {
            wanted = LocalDateTime.of(LocalDate.parse(JsonBody.text(body.get(), "date").orElse("")),
                    LocalTime.parse(JsonBody.text(body.get(), "time").orElse("")));
        } catch (DateTimeParseException e) {
            Replies.error(ctx, 400, "bad_time", templates.render("staff.clock_bad", language), e.getMessage());
            return;
        }
        String staff = StaffLogin.who(ctx);
        String before = LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.SECONDS).toString();
        Replies.whenDone(ctx, store.blocking(() -> {
            try {
                setter.set(wanted);
            } catch (SystemClockSetter.Refused refused) {
                return Optional.of(refused.getMessage());
            }
            store.database().write(c -> {
                StaffLog.record(c, new StaffLog.Entry(clock.instant(), staff, "set_clock", before + " -> " + wanted));
                return null;
            });
            return Optional.<String>empty();
        }), refusal -> {
            if (refusal.isPresent()) {
                log.warn("staff {} could not set the clock to {}: {}", staff, wanted, refusal.get());
                Replies.error(ctx, 503, "clock_refused", templates.render("staff.clock_refused", language,
                        Map.of("reason", refusal.get())));
                return;
            }
            log.info("staff {} set the clock from {} to {}", staff, before, wanted);
            Replies.json(ctx, 200, now().put("message", templates.render("staff.clock_set", language,
                    Map.of("time", wanted.toLocalDate() + " " + wanted.toLocalTime()))));
        });
    }
}
