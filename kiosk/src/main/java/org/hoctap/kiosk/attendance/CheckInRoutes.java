package org.hoctap.kiosk.attendance;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.hoctap.hardware.feedback.Feedback;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.OwnScreen;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/check-ins}: checks a learner in by name or by card. The answer is sent only after
 * the write has returned, so a confirmation on the screen is always on disk:
 * <ul>
 *   <li>200 {@code {"personId","name","topic","pictogram","sessionId","checkedInAt","alreadyCheckedIn","lang","message"}},
 *       {@code message} being {@code kiosk.checked_in} or {@code kiosk.already_checked_in} in {@code lang}: the
 *       person's own language when they have chosen one (now, or at an earlier check-in), else the asked one</li>
 *   <li>400 {@code malformed_request} (with a technical {@code detail}), 404 {@code unknown_person} or
 *       {@code unknown_card} (with the {@code card}'s UID), 409 {@code no_session}, 503 {@code wrong_clock} (the kiosk's clock is
 *       obviously wrong: staff must set it), 500 {@code try_again}: each with the screen's {@code message}</li>
 * </ul>
 */
public final class CheckInRoutes implements KioskRoutes {
    private static final Logger log = LoggerFactory.getLogger(CheckInRoutes.class);
    private static final int BODY_LIMIT = 4 * 1024;

    private final StoreAccess store;
    private final CheckIns checkIns;
    private final Templates templates;
    private final Feedback feedback;

    public CheckInRoutes(StoreAccess store, CheckIns checkIns, Templates templates, Feedback feedback) {
        this.store = store;
        this.checkIns = checkIns;
        this.templates = templates;
        this.feedback = feedback;
    }

    @Override
    public void mount(Router router) {
        router.post("/api/check-ins")
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(OwnScreen.orStaff(templates))
                .handler(this::checkIn);
    }

    private void checkIn(RoutingContext ctx) {
        Language fallback = RequestLanguage.orVietnamese(ctx);
        CheckInRequest request;
        try {
            request = CheckInRequest.parse(ctx.body().asString("UTF-8"));
        } catch (CheckInRequest.Malformed e) {
            Replies.error(ctx, 400, "malformed_request", text("kiosk.error_try_again", fallback), e.getMessage());
            return;
        }
        CheckInTiming timing = new CheckInTiming();
        store.write(c -> request.card().isPresent()
                        ? checkIns.checkInByCard(c, request.card().get(), request.sessionId(), request.chosenLanguage())
                        : checkIns.checkIn(c, request.personId().orElseThrow(), request.sessionId(), CheckInMethod.NAME,
                                request.chosenLanguage()), timing::writeStarts, timing::writeEnds)
                .onComplete(result -> {
                    if (result.failed()) {
                        log.error("check-in of {} failed; nothing was confirmed", request.who(), result.cause());
                        Replies.error(ctx, 500, "try_again", text("kiosk.error_try_again", request.language()));
                        return;
                    }
                    String serverTiming = timing.header();
                    log.debug("check-in of {}: {}", request.who(), serverTiming);
                    ctx.response().putHeader("Server-Timing", serverTiming);
                    answer(ctx, result.result(), request.language());
                });
    }

    private void answer(RoutingContext ctx, CheckInOutcome outcome, Language language) {
        if (outcome instanceof CheckInOutcome.WrongClock wrong) {
            log.warn("check-in refused: {}", wrong.why());
        }
        feedback.signal(FeedbackFor.outcome(outcome));
        CheckInAnswer answer = CheckInAnswer.of(outcome, language, templates, checkIns.zone());
        Replies.json(ctx, answer.status(), answer.body());
    }

    private String text(String key, Language language) {
        return templates.render(key, language);
    }
}
