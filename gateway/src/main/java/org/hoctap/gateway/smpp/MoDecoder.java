package org.hoctap.gateway.smpp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hoctap.shared.text.Gsm7Alphabet;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;

/**
 * Reads the text of an MO deliver_sm: from short_message, or from the message_payload TLV when
 * short_message is empty; without the user-data header when esm_class says there is one.
 *
 * <p>data_coding: 0 is the SMSC's default alphabet, read as GSM 03.38 unpacked septets (which agree
 * with ASCII on letters, digits and most punctuation; an SMSC whose default is Latin-1 needs a setting,
 * to come with the transport issue); 1 ASCII; 3 Latin-1; 8 UCS-2 (UTF-16BE); the GSM coding groups
 * by their alphabet bits; anything else as Latin-1 so that nothing is lost. Parts of a concatenated MO
 * are returned one by one for now; reassembly comes with the transport issue.
 */
public final class MoDecoder {
    private MoDecoder() {
    }

    public static String text(DeliverSm deliverSm) {
        byte[] body = deliverSm.getShortMessage();
        if (body == null || body.length == 0) {
            OptionalParameter payload = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
            body = payload instanceof OptionalParameter.OctetString octets ? octets.getValue() : new byte[0];
        }
        int offset = 0;
        if (deliverSm.isUdhi() && body.length > 0) {
            offset = Math.min(body.length, 1 + (body[0] & 0xFF));
        }
        return decode(deliverSm.getDataCoding(), Arrays.copyOfRange(body, offset, body.length));
    }

    /** The sender as one string; an international number gets its '+' back. */
    public static String sender(DeliverSm deliverSm) {
        String address = deliverSm.getSourceAddr() == null ? "" : deliverSm.getSourceAddr().trim();
        if (deliverSm.getSourceAddrTon() == TypeOfNumber.INTERNATIONAL.value() && !address.isEmpty()
                && address.chars().allMatch(Character::isDigit)) {
            return "+" + address;
        }
        return address;
    }

    public static String decode(byte dataCoding, byte[] body) {
        int dcs = dataCoding & 0xFF;
        return switch (alphabet(dcs)) {
            case GSM7 -> Gsm7Alphabet.decode(body, 0, body.length);
            case ASCII -> new String(body, StandardCharsets.US_ASCII);
            case UCS2 -> new String(body, StandardCharsets.UTF_16BE);
            case LATIN1 -> new String(body, StandardCharsets.ISO_8859_1);
        };
    }

    private enum Alphabet { GSM7, ASCII, LATIN1, UCS2 }

    private static Alphabet alphabet(int dcs) {
        if (dcs == 0x00) {
            return Alphabet.GSM7;
        }
        if (dcs == 0x01) {
            return Alphabet.ASCII;
        }
        if (dcs == 0x08) {
            return Alphabet.UCS2;
        }
        if ((dcs & 0xC0) == 0x00 && (dcs & 0xF0) != 0x00) {
            // GSM general data coding group (compressed or with a message class): bits 3-2 name the alphabet.
            return switch ((dcs >> 2) & 0x03) {
                case 0 -> Alphabet.GSM7;
                case 2 -> Alphabet.UCS2;
                default -> Alphabet.LATIN1;
            };
        }
        if ((dcs & 0xF0) == 0xF0) {
            return (dcs & 0x04) == 0 ? Alphabet.GSM7 : Alphabet.LATIN1;
        }
        if ((dcs & 0xF0) == 0xE0) {
            return Alphabet.UCS2; // message waiting group, UCS-2
        }
        return Alphabet.LATIN1;
    }
}
