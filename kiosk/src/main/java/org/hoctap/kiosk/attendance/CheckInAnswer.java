package org.hoctap.kiosk.attendance;

import io.vertx.core.json.JsonObject;
import java.time.ZoneId;
import java.util.Map;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * What the screen is told of a check-in, however it came (a tap on a name, a USB reader's keystrokes,
 * the hardware reader): an HTTP status and {@code {"personId","name","topic",…,"message"}} or
 * {@code {"error","message"}}, the message in the person's language when they chose one.
 */
public record CheckInAnswer(int status, JsonObject body) {

    /** The answer to {@code outcome}; {@code language} is the one the screen shows now. */
    public static CheckInAnswer of(CheckInOutcome outcome, Language language, Templates templates, ZoneId zone) {
        return switch (outcome) {
            case CheckInOutcome.NoOpenSession none -> error(409, "no_session", templates.render("kiosk.no_session", language));
            case CheckInOutcome.UnknownPerson unknown ->
                    error(404, "unknown_person", templates.render("kiosk.unknown_person", language));
            case CheckInOutcome.WrongClock wrong -> error(503, "wrong_clock", templates.render("kiosk.wrong_clock",
                    language, Map.of("time", wrong.now().atZone(zone).toLocalDateTime().toString().replace('T', ' '))));
            case CheckInOutcome.UnknownCard unknown -> new CheckInAnswer(404, new JsonObject()
                    .put("error", "unknown_card")
                    .put("card", unknown.card().hex()) // for staff to enrol it from the screen
                    .put("message", templates.render("kiosk.unknown_card", language)));
            case CheckInOutcome.CheckedIn done -> {
                Language theirs = done.language().orElse(language);
                String name = done.learner().fullName();
                String topic = done.session().topic().name();
                String message = done.alreadyCheckedIn()
                        ? templates.render("kiosk.already_checked_in", theirs, Map.of("name", name))
                        : templates.render("kiosk.checked_in", theirs, Map.of("name", name, "topic", topic));
                yield new CheckInAnswer(200, new JsonObject()
                        .put("personId", done.learner().id())
                        .put("name", name)
                        .put("topic", topic)
                        .put("pictogram", done.session().topic().pictogram())
                        .put("sessionId", done.session().session().id())
                        .put("checkedInAt", done.attendance().checkedInAt().toString())
                        .put("alreadyCheckedIn", done.alreadyCheckedIn())
                        .put("lang", theirs.tag())
                        .put("message", message));
            }
        };
    }

    private static CheckInAnswer error(int status, String error, String message) {
        return new CheckInAnswer(status, new JsonObject().put("error", error).put("message", message));
    }
}
