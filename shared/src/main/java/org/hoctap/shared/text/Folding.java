package org.hoctap.shared.text;

import java.util.Locale;

/**
 * An operator's policy for Vietnamese replies: sent with their diacritics (UCS-2, 70 characters a
 * message), or folded to unaccented text ("không dấu", GSM-7, 160 a message) always, only when that
 * saves a message, or never.
 */
public enum Folding {
    NEVER, WHEN_CHEAPER, ALWAYS;

    /** {@code never}, {@code when-cheaper} or {@code always}, in any case; {@code true}/{@code false} as older configurations wrote it. */
    public static Folding parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (value) {
            case "never", "false", "no" -> NEVER;
            case "when-cheaper", "true", "yes" -> WHEN_CHEAPER;
            case "always" -> ALWAYS;
            default -> throw new IllegalArgumentException(
                    "'" + text + "' is not a folding policy: never, when-cheaper or always");
        };
    }

    /** As the configuration writes it: {@code never}, {@code when-cheaper}, {@code always}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
