package org.hoctap.kiosk.attendance;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.shared.people.CardUid;
import org.hoctap.shared.text.Language;

/**
 * The body of {@code POST /api/check-ins}: {@code {"personId": …}} (a name picked on the screen) or
 * {@code {"card": …}} (a card's UID as a reader sent it, see {@link CardUid#parse}), with
 * {@code "sessionId": …}, {@code "lang": "vi"|"blt"|"hnj"} and {@code "langChosen": true} (the person
 * picked that language on the screen: it is remembered for them) optional.
 */
record CheckInRequest(Optional<String> personId, Optional<CardUid> card, Optional<String> sessionId,
        Language language, boolean languageChosen) {
    private static final int MAX_ID_LENGTH = 64;

    /** The language the person picked on the screen, when they did. */
    Optional<Language> chosenLanguage() {
        return languageChosen ? Optional.of(language) : Optional.empty();
    }

    /** Who is checking in, for logs: the person's id or the card's UID. */
    String who() {
        return personId.orElseGet(() -> "card " + card.orElseThrow().hex());
    }

    /** Thrown with a description of what is wrong with a body, for whoever wrote the request. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String problem) {
            super(problem, null, false, false);
        }
    }

    static CheckInRequest parse(String body) throws Malformed {
        if (body == null || body.isBlank()) {
            throw new Malformed("the body is empty; send a JSON object such as {\"personId\": \"…\"}");
        }
        JsonObject json;
        try {
            json = new JsonObject(body);
        } catch (RuntimeException e) {
            throw new Malformed("the body is not a JSON object: " + e.getMessage());
        }
        Optional<String> personId = id(json, "personId");
        Optional<String> cardText = id(json, "card");
        if (personId.isPresent() == cardText.isPresent()) {
            throw new Malformed("send either personId (a person's id) or card (a card's UID), one of them");
        }
        Optional<CardUid> card = Optional.empty();
        if (cardText.isPresent()) {
            card = Optional.of(CardUid.parse(cardText.get()).orElseThrow(() -> new Malformed(
                    "card must be a card's UID: 8, 14 or 20 hex digits, or 10 decimal digits")));
        }
        Optional<String> sessionId = id(json, "sessionId");
        Object tag = json.getValue("lang");
        if (tag != null && !(tag instanceof String)) {
            throw new Malformed("lang must be a string: vi, blt or hnj");
        }
        Language language = RequestLanguage.parse((String) tag)
                .orElseThrow(() -> new Malformed("lang must be vi, blt or hnj, not " + tag));
        Object chosen = json.getValue("langChosen");
        if (chosen != null && !(chosen instanceof Boolean)) {
            throw new Malformed("langChosen must be true or false");
        }
        return new CheckInRequest(personId, card, sessionId, language, Boolean.TRUE.equals(chosen));
    }

    private static Optional<String> id(JsonObject json, String field) throws Malformed {
        Object value = json.getValue(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text) || text.isBlank() || text.length() > MAX_ID_LENGTH) {
            throw new Malformed(field + " must be a non-empty string of at most " + MAX_ID_LENGTH + " characters");
        }
        return Optional.of(text.trim());
    }
}
