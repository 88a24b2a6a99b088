package org.hoctap.kiosk.reader;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.hoctap.hardware.Hardware;
import org.hoctap.hardware.card.CardSeen;
import org.hoctap.hardware.feedback.FeedbackPattern;
import org.hoctap.kiosk.attendance.CheckInAnswer;
import org.hoctap.kiosk.attendance.CheckInOutcome;
import org.hoctap.kiosk.attendance.CheckIns;
import org.hoctap.kiosk.attendance.FeedbackFor;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.OwnScreen;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.people.CardUid;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Check-ins from the hardware card reader: each card it sees is checked in (durably, as a tap on the
 * screen is), the buzzer and lights say how it went, and the kiosk's screen is told over
 * {@code GET /api/card-events}, a stream of server-sent events whose data is the same answer a
 * check-in request gets ({@link CheckInAnswer}, with its {@code status}). The stream is for the
 * kiosk's own screen only.
 */
public final class ReaderCheckIns implements KioskRoutes, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReaderCheckIns.class);
    /** A comment line now and then, so that nothing between the page and the server drops a quiet stream. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

    private final Vertx vertx;
    private final StoreAccess store;
    private final CheckIns checkIns;
    private final Templates templates;
    private final Hardware hardware;
    private final Set<HttpServerResponse> screens = new CopyOnWriteArraySet<>();
    private long keepAliveTimer = -1;

    public ReaderCheckIns(Vertx vertx, StoreAccess store, CheckIns checkIns, Templates templates,
            Hardware hardware) {
        this.vertx = vertx;
        this.store = store;
        this.checkIns = checkIns;
        this.templates = templates;
        this.hardware = hardware;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/card-events").handler(this::stream);
        keepAliveTimer = vertx.setPeriodic(KEEP_ALIVE.toMillis(), id -> screens.forEach(screen -> screen.write(": \n\n")));
        hardware.reader().start(seen -> vertx.runOnContext(nothing -> checkIn(seen)));
    }

    private void stream(RoutingContext ctx) {
        if (!OwnScreen.is(ctx)) {
            Replies.error(ctx, 403, "own_screen_only", templates.render("staff.login_needed", Language.VI));
            return;
        }
        HttpServerResponse response = ctx.response()
                .setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-store");
        screens.add(response);
        response.closeHandler(closed -> screens.remove(response));
        response.write(": connected\n\n");
    }

    private void checkIn(CardSeen seen) {
        Optional<CardUid> card = CardUid.parse(seen.uid());
        if (card.isEmpty()) {
            log.warn("the reader reported a card UID that is none: {}", seen.uid());
            return;
        }
        store.write(c -> checkIns.checkInByCard(c, card.get(), Optional.empty(), Optional.empty()))
                .onComplete(result -> {
                    if (result.failed()) {
                        log.error("check-in of card {} from the reader failed; nothing was confirmed", card.get().hex(),
                                result.cause());
                        hardware.feedback().signal(FeedbackPattern.ERROR);
                        tell(new CheckInAnswer(500, new JsonObject().put("error", "try_again")
                                .put("message", templates.render("kiosk.error_try_again", Language.VI))));
                        return;
                    }
                    CheckInOutcome outcome = result.result();
                    hardware.feedback().signal(FeedbackFor.outcome(outcome));
                    tell(CheckInAnswer.of(outcome, Language.VI, templates, checkIns.zone()));
                });
    }

    private void tell(CheckInAnswer answer) {
        String event = "data: " + answer.body().copy().put("status", answer.status()).encode() + "\n\n";
        screens.forEach(screen -> screen.write(event));
    }

    @Override
    public void close() {
        hardware.reader().close();
        if (keepAliveTimer >= 0) {
            vertx.cancelTimer(keepAliveTimer);
        }
        screens.forEach(screen -> {
            if (!screen.ended()) {
                screen.end();
            }
        });
    }
}
