package org.hoctap.gateway.smpp;

/**
 * Reads the GSM 03.38 default alphabet and its extension table, one septet per byte ("unpacked"), the
 * form SMPP carries with data_coding 0. Encoding is the text layer's
 * ({@link org.hoctap.shared.text.Gsm7Alphabet}), which also decides what fits GSM-7.
 */
final class Gsm7 {
    /** Characters of the default alphabet, indexed by septet; 0x1B is the escape to the extension. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final int ESCAPE = 0x1B;
    /** Extension characters and their septets after the escape. */
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    static {
        if (BASIC.length() != 128) {
            throw new ExceptionInInitializerError("the GSM 03.38 table has " + BASIC.length() + " characters");
        }
    }

    private Gsm7() {
    }

    /** Reads unpacked septets; a byte above 0x7F (not GSM-7) is read as Latin-1, an unknown escape as a space. */
    static String decode(byte[] septets, int offset, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int b = septets[i] & 0xFF;
            if (b > 0x7F) {
                out.append((char) b);
            } else if (b == ESCAPE && i + 1 < offset + length) {
                out.append(extension(septets[++i] & 0xFF));
            } else if (b == ESCAPE) {
                out.append(' ');
            } else {
                out.append(BASIC.charAt(b));
            }
        }
        return out.toString();
    }

    private static char extension(int code) {
        for (int i = 0; i < EXTENSION_CODES.length; i++) {
            if (EXTENSION_CODES[i] == code) {
                return EXTENSION_CHARS.charAt(i);
            }
        }
        return ' ';
    }
}
