package org.hoctap.shared.grammar;

import java.text.Normalizer;
import java.util.Locale;
import org.hoctap.shared.text.VietnameseFolding;

/**
 * Brings what a phone sent to one form before parsing: compatibility-composed (NFKC, so full-width
 * letters and digits become ASCII), folded to unaccented letters with {@link VietnameseFolding} (so
 * "HĐ" reads as "HD", however the marks were typed), invisible characters removed (zero-width spaces
 * and joiners, the byte-order mark, soft hyphens, direction marks, control characters), every decimal
 * digit of any script as an ASCII digit, every kind of space as one plain space, trimmed and
 * upper-cased. This is for reading commands only: the stored message keeps the text as it came.
 */
public final class SmsNormalizer {
    private SmsNormalizer() {
    }

    public static String normalize(String text) {
        String composed = VietnameseFolding.isPlainAscii(text) ? text // most messages: nothing to compose or fold
                : VietnameseFolding.fold(Normalizer.normalize(text, Normalizer.Form.NFKC));
        StringBuilder out = new StringBuilder(composed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            int digit = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (digit >= 0) {
                out.append((char) ('0' + digit));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) // zero-width space, non-joiner, joiner, direction marks
                || cp == 0x2060 // word joiner
                || cp == 0xFEFF // byte-order mark, zero-width no-break space
                || cp == 0x00AD // soft hyphen
                || Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t';
    }
}
