package org.hoctap.gateway.smscsim;

import java.util.Optional;

/**
 * The concatenation information element of a user-data header (IEI 0x00, 8-bit reference, or 0x08,
 * 16-bit reference) and where the text starts after the header.
 *
 * @param reference  the reference shared by all parts
 * @param total      how many parts the message has
 * @param sequence   this part's number, from 1
 */
record Concatenation(int reference, int total, int sequence) {

    static final int UDH_LENGTH_8BIT = 6;

    /** The 6-byte header {@code 05 00 03 ref total seq}. */
    static byte[] header8(int reference, int total, int sequence) {
        return new byte[] {0x05, 0x00, 0x03, (byte) reference, (byte) total, (byte) sequence};
    }

    /** The 7-byte header {@code 06 08 04 refHi refLo total seq}. */
    static byte[] header16(int reference, int total, int sequence) {
        return new byte[] {0x06, 0x08, 0x04, (byte) (reference >> 8), (byte) reference, (byte) total,
            (byte) sequence};
    }

    /** Offset of the text after the header of {@code body} (which has the UDHI bit set). */
    static int textOffset(byte[] body) {
        return body.length == 0 ? 0 : Math.min(body.length, 1 + (body[0] & 0xFF));
    }

    /** The concatenation element of the header at the start of {@code body}, if it has a valid one. */
    static Optional<Concatenation> parse(byte[] body) {
        int end = textOffset(body);
        int i = 1;
        while (i + 1 < end) {
            int iei = body[i] & 0xFF;
            int length = body[i + 1] & 0xFF;
            int data = i + 2;
            if (data + length > end) {
                return Optional.empty();
            }
            if (iei == 0x00 && length == 3) {
                return valid(body[data] & 0xFF, body[data + 1] & 0xFF, body[data + 2] & 0xFF);
            }
            if (iei == 0x08 && length == 4) {
                int reference = ((body[data] & 0xFF) << 8) | (body[data + 1] & 0xFF);
                return valid(reference, body[data + 2] & 0xFF, body[data + 3] & 0xFF);
            }
            i = data + length;
        }
        return Optional.empty();
    }

    static Optional<Concatenation> valid(int reference, int total, int sequence) {
        if (total < 2 || sequence < 1 || sequence > total) {
            return Optional.empty();
        }
        return Optional.of(new Concatenation(reference, total, sequence));
    }
}
