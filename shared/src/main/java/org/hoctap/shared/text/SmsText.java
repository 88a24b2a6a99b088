package org.hoctap.shared.text;

import java.util.Objects;

/**
 * What a text costs as an SMS: the encoding it needs, its length in that encoding's units (GSM-7
 * septets, extension characters counting two; or UTF-16 units, a surrogate pair counting two) and
 * the number of messages it is sent as. A long message is cut only between characters, never inside
 * an escape sequence or a surrogate pair, so a part may hold one unit less than its limit.
 * An empty text still costs one message.
 */
public record SmsText(String text, SmsEncoding encoding, int segments, int characters) {
    public SmsText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        if (segments < 1 || characters < 0) {
            throw new IllegalArgumentException("segments " + segments + ", characters " + characters);
        }
    }

    /** The cost of the text exactly as it is: GSM-7 if every character is in GSM-7, else UCS-2. */
    public static SmsText of(String text) {
        SmsEncoding encoding = Gsm7Alphabet.canEncode(text) ? SmsEncoding.GSM7 : SmsEncoding.UCS2;
        int characters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            characters += units(cp, encoding);
        }
        return new SmsText(text, encoding, segments(text, encoding, characters), characters);
    }

    /**
     * The text as the operator's {@link Folding} policy sends it. A text that needs UCS-2 is folded
     * with {@link VietnameseFolding#foldForGsm7}: under {@code WHEN_CHEAPER} the folded text is
     * returned only if it takes fewer messages (the original wins a tie); under {@code ALWAYS}
     * whenever it fits GSM-7; under {@code NEVER} never.
     */
    public static SmsText cheapest(String text, Folding folding) {
        SmsText original = of(text);
        if (folding == Folding.NEVER || original.encoding == SmsEncoding.GSM7) {
            return original;
        }
        SmsText folded = of(VietnameseFolding.foldForGsm7(text));
        return switch (folding) {
            case ALWAYS -> folded.encoding == SmsEncoding.GSM7 ? folded : original;
            case WHEN_CHEAPER -> folded.segments < original.segments ? folded : original;
            case NEVER -> original;
        };
    }

    private static int units(int codePoint, SmsEncoding encoding) {
        return encoding == SmsEncoding.GSM7 ? Gsm7Alphabet.septets(codePoint) : Character.charCount(codePoint);
    }

    private static int segments(String text, SmsEncoding encoding, int characters) {
        if (characters <= encoding.singleLimit()) {
            return 1;
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int units = units(cp, encoding);
            if (used + units > encoding.partLimit()) {
                parts++;
                used = 0;
            }
            used += units;
        }
        return parts;
    }
}
