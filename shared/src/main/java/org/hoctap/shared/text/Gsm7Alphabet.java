package org.hoctap.shared.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1 and §6.2.1.1).
 * A character of the default table takes one septet; one of the extension table takes two (the
 * escape 0x1B, then its code). Every other character needs UCS-2. Encoding and decoding work on
 * unpacked septets, one per byte: the form SMPP carries with data_coding 0.
 */
public final class Gsm7Alphabet {
    /** The escape septet that announces a character of the extension table. */
    public static final int ESCAPE = 0x1B;

    /** The default table, indexed by septet; 0x1B (the escape) holds a character that is never looked up. */
    private static final String DEFAULT_TABLE =
            // 0x00-0x0F: @ £ $ ¥ è é ù ì ò Ç LF Ø ø CR Å å
            "@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
            // 0x10-0x1F: Δ _ Φ Γ Λ Ω Π Ψ Σ Θ Ξ ESC Æ æ ß É
            + "\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u001B\u00C6\u00E6\u00DF\u00C9"
            // 0x20-0x2F: space ! " # ¤ % & ' ( ) * + , - . /
            + " !\"#\u00A4%&'()*+,-./"
            // 0x30-0x3F
            + "0123456789:;<=>?"
            // 0x40-0x5F: ¡ A-Z Ä Ö Ñ Ü §
            + "\u00A1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
            // 0x60-0x7F: ¿ a-z ä ö ñ ü à
            + "\u00BFabcdefghijklmnopqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0";

    /** The extension table: pairs of (septet after the escape, character). */
    private static final int[][] EXTENSION_TABLE = {
            {0x0A, '\f'}, {0x14, '^'}, {0x28, '{'}, {0x29, '}'}, {0x2F, '\\'},
            {0x3C, '['}, {0x3D, '~'}, {0x3E, ']'}, {0x40, '|'}, {0x65, '\u20AC'}};

    private static final int EURO = '\u20AC';
    private static final int EURO_SEPTET = 0x65;
    /** Every character of both tables except the euro sign is below this. */
    private static final int LOOKUP_SIZE = 0x400;
    /** Per character below {@link #LOOKUP_SIZE}: 0 absent, else 1 + septet (default) or 0x101 + septet (extension). */
    private static final short[] LOOKUP = new short[LOOKUP_SIZE];

    static {
        for (int septet = 0; septet < DEFAULT_TABLE.length(); septet++) {
            if (septet != ESCAPE) {
                LOOKUP[DEFAULT_TABLE.charAt(septet)] = (short) (1 + septet);
            }
        }
        for (int[] entry : EXTENSION_TABLE) {
            if (entry[1] < LOOKUP_SIZE) {
                LOOKUP[entry[1]] = (short) (0x101 + entry[0]);
            }
        }
    }

    private Gsm7Alphabet() {
    }

    /** How many septets the code point takes: 1 (default table), 2 (extension table) or 0 (not in GSM-7). */
    public static int septets(int codePoint) {
        if (codePoint == EURO) {
            return 2;
        }
        if (codePoint < 0 || codePoint >= LOOKUP_SIZE || LOOKUP[codePoint] == 0) {
            return 0;
        }
        return LOOKUP[codePoint] > 0x100 ? 2 : 1;
    }

    /** Whether GSM-7 has this code point, in either table. */
    public static boolean contains(int codePoint) {
        return septets(codePoint) > 0;
    }

    /** Whether the whole text can be sent in GSM-7. */
    public static boolean canEncode(String text) {
        return text.codePoints().allMatch(Gsm7Alphabet::contains);
    }

    /**
     * The text as unpacked septets, one per byte, extension characters as the escape then their code:
     * the form SMPP carries with data_coding 0 when the SMSC's default alphabet is GSM 03.38.
     *
     * @throws IllegalArgumentException if a character is not in GSM-7
     */
    public static byte[] encode(String text) {
        byte[] out = new byte[text.length() * 2];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int entry = cp == EURO ? 0x101 + EURO_SEPTET : cp >= 0 && cp < LOOKUP_SIZE ? LOOKUP[cp] : 0;
            if (entry == 0) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "U+%04X is not in GSM-7", cp));
            }
            if (entry > 0x100) {
                out[n++] = ESCAPE;
                out[n++] = (byte) (entry - 0x101);
            } else {
                out[n++] = (byte) (entry - 1);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Reads unpacked septets. Lenient, as what an SMSC sends must never be lost: a byte above 0x7F
     * (an SMSC that sent Latin-1 under data_coding 0) reads as Latin-1, and an escape with no known
     * character after it reads as a space (3GPP TS 23.038 asks a receiver to show one).
     */
    public static String decode(byte[] septets, int offset, int length) {
        StringBuilder out = new StringBuilder(length);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int b = septets[i] & 0xFF;
            if (b > 0x7F) {
                out.append((char) b);
            } else if (b != ESCAPE) {
                out.append(DEFAULT_TABLE.charAt(b));
            } else if (i + 1 < end) {
                out.appendCodePoint(extension(septets[++i] & 0xFF));
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /**
     * Unpacks GSM 03.38 septets packed eight to seven octets (least significant bits first), as some
     * SMSCs deliver them, into one septet per byte for {@link #decode}.
     *
     * @param packed   the octets
     * @param from     the first octet of the packed text (after a user-data header, if any)
     * @param fillBits bits to skip first, so that the text starts on a septet boundary counted from the
     *                 start of the user data (0 to 6; after a header of n octets it is (7 - 8n % 7) % 7)
     */
    public static byte[] unpack(byte[] packed, int from, int fillBits) {
        int bits = (packed.length - from) * 8 - fillBits;
        int count = Math.max(0, bits / 7);
        byte[] septets = new byte[count];
        for (int i = 0; i < count; i++) {
            int bit = from * 8 + fillBits + i * 7;
            int octet = bit / 8;
            int shift = bit % 8;
            int value = (packed[octet] & 0xFF) >> shift;
            if (shift > 1 && octet + 1 < packed.length) {
                value |= (packed[octet + 1] & 0xFF) << (8 - shift);
            }
            septets[i] = (byte) (value & 0x7F);
        }
        // Seven spare bits at the end read as a septet 0 ('@'); a sender pads with CR instead when
        // the text really ends with '@' (3GPP TS 23.038 §6.1.2.3.1).
        if (count > 0 && bits % 7 == 0 && septets[count - 1] == 0) {
            return Arrays.copyOf(septets, count - 1);
        }
        return septets;
    }

    private static int extension(int code) {
        for (int[] entry : EXTENSION_TABLE) {
            if (entry[0] == code) {
                return entry[1];
            }
        }
        return ' ';
    }
}
