package org.hoctap.hardware.card.keyboard;

import java.util.Optional;

/**
 * Turns a keyboard-wedge reader's key presses into card numbers. A card ends with Enter, or, for
 * readers that send none, when the keys stop for {@link #GAP_MICROS}. Shift is ignored (some
 * readers hold it for digits on non-US layouts); any other key spoils the card being typed, as does
 * a pause in the middle. Fewer than {@link #SHORTEST} characters is no card.
 */
final class KeystrokeDecoder {
    static final long GAP_MICROS = 100_000;
    static final int SHORTEST = 6;
    private static final int LONGEST = 24;

    private final StringBuilder typed = new StringBuilder();
    private long lastKeyMicros = Long.MIN_VALUE;

    /** The card completed by this event, if it completes one. */
    Optional<String> accept(InputEvent event) {
        if (!event.isKeyPress() || KeyCodes.isShift(event.code())) {
            return Optional.empty();
        }
        Optional<String> before = Optional.empty();
        if (!typed.isEmpty() && event.timeMicros() - lastKeyMicros > GAP_MICROS) {
            before = take(); // a reader that sends no Enter, followed by the next card
        }
        lastKeyMicros = event.timeMicros();
        if (KeyCodes.isEnter(event.code())) {
            Optional<String> card = take();
            return before.isPresent() ? before : card;
        }
        char c = KeyCodes.character(event.code());
        if (c == 0 || typed.length() >= LONGEST) {
            typed.setLength(0);
        } else {
            typed.append(c);
        }
        return before;
    }

    /** Called when no key came for {@link #GAP_MICROS}: the card typed so far, for readers without Enter. */
    Optional<String> idle() {
        return take();
    }

    private Optional<String> take() {
        String card = typed.toString();
        typed.setLength(0);
        return card.length() >= SHORTEST ? Optional.of(card) : Optional.empty();
    }
}
