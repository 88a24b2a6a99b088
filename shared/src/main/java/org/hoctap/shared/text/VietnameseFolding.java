package org.hoctap.shared.text;

import java.text.Normalizer;

/**
 * Vietnamese without its marks ("không dấu"): tones, breve, circumflex and horn dropped, đ as d.
 * Text may come composed (NFC) or decomposed (NFD); both fold the same.
 */
public final class VietnameseFolding {
    /** The letters of GSM-7 that are Vietnamese letters with a tone mark. */
    private static final String VIETNAMESE_IN_GSM7 = "àèéìòùÉ";
    /** Latin letters with marks, Vietnamese's included, end before U+1F00: their folded forms are remembered. */
    private static final int KNOWN_END = 0x1F00;
    private static final String[] WITHOUT_MARKS = new String[KNOWN_END];

    private VietnameseFolding() {
    }

    /**
     * Folds every letter to its unmarked base: NFC, then each character decomposed (NFD) with the
     * combining marks U+0300–U+036F dropped, đ→d and Đ→D (and the look-alike Ð/ð that old keyboards
     * type for them); zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the soft hyphen are
     * removed. Other characters are kept. For matching what people type, e.g. "Đọc sách" and "doc
     * sach" fold to the same text, and so do "và" and "va".
     */
    public static String fold(String text) {
        return fold(text, false);
    }

    /**
     * Like {@link #fold}, for sending as GSM-7: other characters that GSM-7 has are kept as they are
     * (Ä, ñ, Å, "{", "€"…), and typographic quotes, dashes, the ellipsis and unusual spaces become their
     * plain ASCII forms. The Vietnamese letters GSM-7 happens to have (à è é ì ò ù É) are folded all
     * the same, so the text is evenly unaccented ("gia đình" gives "gia dinh", not "gia dình").
     */
    public static String foldForGsm7(String text) {
        return fold(text, true);
    }

    private static String fold(String text, boolean keepGsm7) {
        if (isPlainAscii(text)) {
            return text; // the common case of what people type: nothing to fold
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) {
                continue;
            }
            if (cp < 0x80 || keepGsm7 && Gsm7Alphabet.contains(cp) && VIETNAMESE_IN_GSM7.indexOf(cp) < 0) {
                out.appendCodePoint(cp);
                continue;
            }
            String plain = keepGsm7 ? plainPunctuation(cp) : null;
            if (plain != null) {
                out.append(plain);
            } else if (cp == 'đ' || cp == 'ð') {
                out.append('d');
            } else if (cp == 'Đ' || cp == 'Ð') {
                out.append('D');
            } else {
                appendWithoutMarks(out, cp);
            }
        }
        String folded = out.toString();
        return Normalizer.isNormalized(folded, Normalizer.Form.NFC) ? folded
                : Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** Whether the text is printable ASCII, tabs and line breaks only (nothing to fold or compose). */
    public static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F || c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static void appendWithoutMarks(StringBuilder out, int cp) {
        if (cp >= KNOWN_END) {
            out.append(withoutMarks(cp));
            return;
        }
        String known = WITHOUT_MARKS[cp];
        if (known == null) {
            known = withoutMarks(cp);
            WITHOUT_MARKS[cp] = known; // a String is safe to share even when two threads race here
        }
        out.append(known);
    }

    private static String withoutMarks(int cp) {
        String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int j = 0; j < decomposed.length(); j++) {
            char c = decomposed.charAt(j);
            if (c < 0x0300 || c > 0x036F) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isInvisible(int cp) {
        return cp >= 0x200B && cp <= 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }

    private static String plainPunctuation(int cp) {
        return switch (cp) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u2033' -> "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
            case '\u2026' -> "...";
            case '\u00A0', '\u2002', '\u2003', '\u2007', '\u2009', '\u202F' -> " ";
            default -> null;
        };
    }
}
