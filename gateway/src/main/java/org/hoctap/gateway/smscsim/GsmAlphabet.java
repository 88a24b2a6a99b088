package org.hoctap.gateway.smscsim;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet with its extension table, one septet per byte (unpacked), as SMPP
 * carries data_coding 0. The simulator has its own table on purpose: it is the independent peer the
 * gateway's codec is tested against.
 */
final class GsmAlphabet {
    static final int ESCAPE = 0x1B;

    /** Septets 0x00 to 0x7F, sixteen per row; 0x1B (escape) is a placeholder here. */
    private static final String BASIC = ""
            + "@£$¥èéùìòÇ\nØø\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmno"
            + "pqrstuvwxyzäöñüà";

    /** Extension characters and, at the same index, the septet that follows the escape. */
    private static final String EXTENDED = "\f^{}\\[~]|€";
    private static final int[] EXTENDED_SEPTETS = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    static {
        if (BASIC.length() != 128) {
            throw new ExceptionInInitializerError("GSM table has " + BASIC.length() + " entries, not 128");
        }
    }

    private GsmAlphabet() {
    }

    /** Septets {@code c} needs: 1, 2 for an extension character, 0 when it is not in GSM-7. */
    static int septets(char c) {
        if (c != ESCAPE && BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENDED.indexOf(c) >= 0 ? 2 : 0;
    }

    /** Whether every character of {@code text} is in the default alphabet or its extension. */
    static boolean fits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Unpacked septets of text that {@link #fits} GSM-7. */
    static byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
                continue;
            }
            int ext = EXTENDED.indexOf(c);
            if (ext < 0) {
                throw new IllegalArgumentException("not in the GSM 7-bit alphabet: U+"
                        + Integer.toHexString(c).toUpperCase());
            }
            out.write(ESCAPE);
            out.write(EXTENDED_SEPTETS[ext]);
        }
        return out.toByteArray();
    }

    /** Reads unpacked septets; an unknown escape reads as a space (as GSM 03.38 asks). */
    static String decode(byte[] septets, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            int b = septets[i] & 0x7F;
            if (b != ESCAPE) {
                out.append(BASIC.charAt(b));
            } else if (i + 1 < to) {
                out.append(extended(septets[++i] & 0x7F));
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static char extended(int septet) {
        for (int i = 0; i < EXTENDED_SEPTETS.length; i++) {
            if (EXTENDED_SEPTETS[i] == septet) {
                return EXTENDED.charAt(i);
            }
        }
        return ' ';
    }
}
