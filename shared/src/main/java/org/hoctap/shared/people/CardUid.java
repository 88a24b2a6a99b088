package org.hoctap.shared.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A card's identity as stored: its UID in upper-case hex, e.g. {@code 04A2B3C4} (4 bytes) or
 * {@code 04A2B3C4D5E6F7} (7 bytes). Readers report it differently: MFRC522 readers as hex bytes,
 * 125 kHz keyboard readers (EM4100) as ten decimal digits of the same 32-bit number
 * ({@code 0078361796} is {@code 04ABB4C4}); {@link #parse} takes either.
 */
public record CardUid(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9A-F]{8}|[0-9A-F]{14}|[0-9A-F]{20}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{10}");

    public CardUid {
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a card UID is 4, 7 or 10 bytes of upper-case hex: " + hex);
        }
    }

    /** What a reader sent, with spaces, colons or dashes between bytes or not, in any case; empty when it is no UID. */
    public static Optional<CardUid> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().replaceAll("[\\s:\\-]", "").toUpperCase(Locale.ROOT);
        if (DECIMAL.matcher(compact).matches()) {
            long number = Long.parseLong(compact);
            return number <= 0xFFFF_FFFFL
                    ? Optional.of(new CardUid(String.format(Locale.ROOT, "%08X", number)))
                    : Optional.empty();
        }
        return HEX.matcher(compact).matches() ? Optional.of(new CardUid(compact)) : Optional.empty();
    }
}
