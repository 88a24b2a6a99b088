package org.hoctap.gateway.smscsim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jsmpp.bean.OptionalParameter;

/**
 * How the simulated handsets write and read SMS.
 *
 * <p>Writing (MO), like a phone does: GSM-7 (data_coding 0, unpacked septets) when every character is
 * in the GSM default alphabet or its extension, else UCS-2 (data_coding 8, UTF-16BE). Up to 160
 * septets or 70 UTF-16 units go in one SMS; longer texts are cut into parts of 153 septets or 67 units
 * (never inside an escape pair or a surrogate pair), each with the header {@code 05 00 03 ref total seq}.
 *
 * <p>Reading (MT): data_coding 0 as unpacked GSM-7 (Latin-1 if a byte is above 0x7F, so nothing is
 * lost), 1 ASCII, 3 Latin-1, 8 UCS-2, 2/4 binary shown as hex, and the GSM coding groups by their
 * alphabet bits.
 */
final class SimTextCodec {
    static final byte DCS_GSM7 = 0x00;
    static final byte DCS_UCS2 = 0x08;
    static final int GSM7_SINGLE = 160;
    static final int UCS2_SINGLE = 70;
    static final int MAX_PARTS = 255;

    private SimTextCodec() {
    }

    /** How many SMS {@code text} takes. */
    static int segments(String text) {
        return chunks(text).size();
    }

    /**
     * @param reference concatenation reference (low 8 bits used) for a text over one segment
     * @throws IllegalArgumentException when the text is empty or needs more than 255 parts
     */
    static EncodedSms encode(String text, int reference) {
        return encode(text, reference, MoSplit.UDH8);
    }

    /**
     * @param reference concatenation reference (8 or 16 bits used, as {@code split} has room for)
     * @param split     how a text over one segment is sent
     */
    static EncodedSms encode(String text, int reference, MoSplit split) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty text");
        }
        boolean gsm = GsmAlphabet.fits(text);
        byte dcs = gsm ? DCS_GSM7 : DCS_UCS2;
        String label = gsm ? "GSM-7" : "UCS-2";
        List<String> chunks = chunks(text, split);
        if (chunks.size() > MAX_PARTS) {
            throw new IllegalArgumentException("the text needs " + chunks.size() + " SMS; at most 255 can be joined");
        }
        if (split == MoSplit.PAYLOAD && fitsOne(text)) {
            chunks = List.of(text);
        } else if (split == MoSplit.PAYLOAD) {
            List<OptionalParameter> payload = List.of(new OptionalParameter.Message_payload(bytes(text, gsm)));
            return new EncodedSms(dcs, label, false, List.of(new byte[0]), List.of(payload));
        }
        if (chunks.size() == 1) {
            return new EncodedSms(dcs, label, false, List.of(bytes(text, gsm)));
        }
        List<byte[]> parts = new ArrayList<>(chunks.size());
        List<List<OptionalParameter>> partTlvs = new ArrayList<>(chunks.size());
        int total = chunks.size();
        for (int seq = 1; seq <= total; seq++) {
            byte[] header = switch (split) {
                case UDH8 -> Concatenation.header8(reference, total, seq);
                case UDH16 -> Concatenation.header16(reference, total, seq);
                case SAR, PAYLOAD -> new byte[0];
            };
            byte[] body = bytes(chunks.get(seq - 1), gsm);
            byte[] part = new byte[header.length + body.length];
            System.arraycopy(header, 0, part, 0, header.length);
            System.arraycopy(body, 0, part, header.length, body.length);
            parts.add(part);
            partTlvs.add(split != MoSplit.SAR ? List.of() : List.of(
                    new OptionalParameter.Sar_msg_ref_num((short) reference),
                    new OptionalParameter.Sar_total_segments((byte) total),
                    new OptionalParameter.Sar_segment_seqnum((byte) seq)));
        }
        return new EncodedSms(dcs, label, split.hasHeader(), parts, partTlvs);
    }

    /** Reads a short_message body (without its user-data header) sent with {@code dataCoding}. */
    static DecodedText decode(byte dataCoding, byte[] body, int from) {
        int dcs = dataCoding & 0xFF;
        return switch (alphabet(dcs)) {
            case GSM7 -> hasHighBytes(body, from)
                    ? new DecodedText(latin1(body, from), "Latin-1")
                    : new DecodedText(GsmAlphabet.decode(body, from, body.length), "GSM-7");
            case ASCII -> new DecodedText(new String(body, from, body.length - from, StandardCharsets.US_ASCII),
                    "ASCII");
            case LATIN1 -> new DecodedText(latin1(body, from), "Latin-1");
            case UCS2 -> new DecodedText(new String(body, from, body.length - from, StandardCharsets.UTF_16BE),
                    "UCS-2");
            case BINARY -> new DecodedText(HexFormat.of().formatHex(body, from, body.length), "binary");
        };
    }

    private enum Alphabet { GSM7, ASCII, LATIN1, UCS2, BINARY }

    private static Alphabet alphabet(int dcs) {
        return switch (dcs) {
            case 0x00 -> Alphabet.GSM7;
            case 0x01 -> Alphabet.ASCII;
            case 0x02, 0x04 -> Alphabet.BINARY;
            case 0x03 -> Alphabet.LATIN1;
            case 0x08 -> Alphabet.UCS2;
            default -> codingGroup(dcs);
        };
    }

    private static Alphabet codingGroup(int dcs) {
        if ((dcs & 0xC0) == 0x00) { // general data coding: bits 3-2 name the alphabet
            return switch ((dcs >> 2) & 0x03) {
                case 0 -> Alphabet.GSM7;
                case 1 -> Alphabet.BINARY;
                case 2 -> Alphabet.UCS2;
                default -> Alphabet.LATIN1;
            };
        }
        if ((dcs & 0xF0) == 0xF0) { // data coding / message class: bit 2 is 8-bit data
            return (dcs & 0x04) == 0 ? Alphabet.GSM7 : Alphabet.BINARY;
        }
        if ((dcs & 0xF0) == 0xE0) { // message waiting, UCS-2
            return Alphabet.UCS2;
        }
        return Alphabet.LATIN1;
    }

    private static List<String> chunks(String text) {
        return chunks(text, MoSplit.UDH8);
    }

    private static boolean fitsOne(String text) {
        return GsmAlphabet.fits(text) ? septets(text) <= GSM7_SINGLE : text.length() <= UCS2_SINGLE;
    }

    private static int septets(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += GsmAlphabet.septets(text.charAt(i));
        }
        return total;
    }

    private static List<String> chunks(String text, MoSplit split) {
        if (fitsOne(text)) {
            return List.of(text);
        }
        return GsmAlphabet.fits(text) ? gsmChunks(text, split.gsmSeptetsPerPart())
                : ucs2Chunks(text, split.ucs2CharsPerPart());
    }

    private static List<String> gsmChunks(String text, int septetsPerPart) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = GsmAlphabet.septets(text.charAt(i));
            if (used + size > septetsPerPart) {
                chunks.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += size;
        }
        chunks.add(text.substring(start));
        return chunks;
    }

    private static List<String> ucs2Chunks(String text, int charsPerPart) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = (int) Math.min((long) start + charsPerPart, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }

    private static byte[] bytes(String text, boolean gsm) {
        return gsm ? GsmAlphabet.encode(text) : text.getBytes(StandardCharsets.UTF_16BE);
    }

    private static boolean hasHighBytes(byte[] body, int from) {
        for (int i = from; i < body.length; i++) {
            if ((body[i] & 0x80) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String latin1(byte[] body, int from) {
        return new String(body, from, body.length - from, StandardCharsets.ISO_8859_1);
    }
}
