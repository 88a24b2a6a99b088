package org.hoctap.gateway.smpp;

import java.util.Arrays;
import java.util.Optional;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.text.Gsm7Alphabet;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;

/**
 * Reads an MO deliver_sm: the sender, the user data from short_message (or the message_payload TLV
 * when short_message is empty), its concatenation header or SAR TLVs, and the body in its alphabet.
 */
public final class MoDecoder {
    private static final int IEI_CONCAT_8 = 0x00;
    private static final int IEI_CONCAT_16 = 0x08;

    private MoDecoder() {
    }

    public static IncomingSms read(DeliverSm deliverSm, MoDecoding decoding) {
        String rawSender = sender(deliverSm);
        String sender = PhoneNumbers.toE164(rawSender).orElse(rawSender);
        String recipient = deliverSm.getDestAddress() == null ? "" : deliverSm.getDestAddress();
        byte[] data = userData(deliverSm);
        int headerOctets = deliverSm.isUdhi() && data.length > 0 ? Math.min(data.length, 1 + (data[0] & 0xFF)) : 0;
        Optional<PartOf> part = headerOctets > 0 ? concatenation(data, headerOctets) : sar(deliverSm);
        int dataCoding = deliverSm.getDataCoding() & 0xFF;
        TextAlphabet alphabet = TextAlphabet.of(dataCoding, decoding);
        byte[] body;
        if (alphabet == TextAlphabet.GSM7 && decoding.gsmPacked()) {
            body = Gsm7Alphabet.unpack(data, headerOctets, (7 - (headerOctets * 8) % 7) % 7);
        } else {
            body = Arrays.copyOfRange(data, headerOctets, data.length);
        }
        return new IncomingSms(sender, recipient, dataCoding, alphabet, body, part);
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

    private static byte[] userData(DeliverSm deliverSm) {
        byte[] body = deliverSm.getShortMessage();
        if (body != null && body.length > 0) {
            return body;
        }
        OptionalParameter payload = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        return payload instanceof OptionalParameter.OctetString octets ? octets.getValue() : new byte[0];
    }

    /** The concatenation element of a user-data header, if it has one that makes sense. */
    private static Optional<PartOf> concatenation(byte[] data, int headerOctets) {
        int i = 1;
        while (i + 1 < headerOctets) {
            int iei = data[i] & 0xFF;
            int length = data[i + 1] & 0xFF;
            int value = i + 2;
            if (value + length > headerOctets) {
                break;
            }
            if (iei == IEI_CONCAT_8 && length == 3) {
                return part(data[value] & 0xFF, data[value + 1] & 0xFF, data[value + 2] & 0xFF);
            }
            if (iei == IEI_CONCAT_16 && length == 4) {
                int reference = ((data[value] & 0xFF) << 8) | (data[value + 1] & 0xFF);
                return part(reference, data[value + 2] & 0xFF, data[value + 3] & 0xFF);
            }
            i = value + length;
        }
        return Optional.empty();
    }

    private static Optional<PartOf> sar(DeliverSm deliverSm) {
        OptionalParameter reference = deliverSm.getOptionalParameter(OptionalParameter.Tag.SAR_MSG_REF_NUM);
        OptionalParameter total = deliverSm.getOptionalParameter(OptionalParameter.Tag.SAR_TOTAL_SEGMENTS);
        OptionalParameter seq = deliverSm.getOptionalParameter(OptionalParameter.Tag.SAR_SEGMENT_SEQNUM);
        if (reference instanceof OptionalParameter.Short ref && total instanceof OptionalParameter.Byte count
                && seq instanceof OptionalParameter.Byte number) {
            return part(ref.getValue() & 0xFFFF, count.getValue() & 0xFF, number.getValue() & 0xFF);
        }
        return Optional.empty();
    }

    /** A part, or nothing for a "1 of 1" or an impossible header (then the body is read as a whole message). */
    private static Optional<PartOf> part(int reference, int total, int seq) {
        if (total < 2 || seq < 1 || seq > total) {
            return Optional.empty();
        }
        return Optional.of(new PartOf(reference, total, seq));
    }
}
