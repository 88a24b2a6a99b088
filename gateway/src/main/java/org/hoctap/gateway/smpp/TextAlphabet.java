package org.hoctap.gateway.smpp;

import java.nio.charset.StandardCharsets;
import org.hoctap.shared.text.Gsm7Alphabet;

/** The alphabets MO text comes in, each reading a body as {@link IncomingSms} keeps it. */
public enum TextAlphabet {
    /** GSM 03.38, one septet a byte (packed text is unpacked on arrival). */
    GSM7,
    ASCII,
    LATIN1,
    /** UCS-2 as UTF-16BE, so that a surrogate pair (an emoji) reads as one character. */
    UCS2;

    public String decode(byte[] body) {
        return switch (this) {
            case GSM7 -> Gsm7Alphabet.decode(body, 0, body.length);
            case ASCII -> new String(body, StandardCharsets.US_ASCII);
            case LATIN1 -> new String(body, StandardCharsets.ISO_8859_1);
            case UCS2 -> new String(body, StandardCharsets.UTF_16BE);
        };
    }

    /**
     * The alphabet data_coding names (SMPP 3.4 §5.2.19 and the GSM coding groups); an unknown value
     * reads as Latin-1, which keeps every byte.
     */
    public static TextAlphabet of(int dataCoding, MoDecoding decoding) {
        int dcs = dataCoding & 0xFF;
        if (dcs == 0x00) {
            return switch (decoding.defaultAlphabet()) {
                case GSM7 -> GSM7;
                case LATIN1 -> LATIN1;
                case ASCII -> ASCII;
            };
        }
        if (dcs == 0x01) {
            return ASCII;
        }
        if (dcs == 0x03) {
            return LATIN1;
        }
        if (dcs == 0x08) {
            return UCS2;
        }
        if ((dcs & 0xC0) == 0x00 && (dcs & 0xF0) != 0x00) {
            // GSM general data coding group (compressed or with a message class): bits 3-2 name the alphabet.
            return switch ((dcs >> 2) & 0x03) {
                case 0 -> GSM7;
                case 2 -> UCS2;
                default -> LATIN1;
            };
        }
        if ((dcs & 0xF0) == 0xF0) {
            return (dcs & 0x04) == 0 ? GSM7 : LATIN1;
        }
        if ((dcs & 0xF0) == 0xE0) {
            return UCS2; // message waiting group, UCS-2
        }
        return LATIN1;
    }
}
