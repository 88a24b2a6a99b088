package org.hoctap.gateway.smpp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hoctap.shared.text.Gsm7Alphabet;
import org.hoctap.shared.text.SmsEncoding;
import org.hoctap.shared.text.SmsText;
import org.jsmpp.bean.OptionalParameter;

/**
 * Turns an {@link SmsText} into submit_sm bodies: GSM-7 as unpacked septets with data_coding 0,
 * UCS-2 as UTF-16BE with data_coding 8. A text longer than one segment is sent as {@link MtSplit}
 * says: parts with a concatenation header (8-bit reference {@code 05 00 03 ref total seq}, 153 septets
 * or 67 UTF-16 units; 16-bit {@code 06 08 04 refHi refLo total seq}, 152 or 66), parts with the
 * sar_* TLVs (160 or 70), or one submit_sm with message_payload. Never inside an escape pair or a
 * surrogate pair.
 */
public final class MtEncoder {
    public static final byte DCS_GSM7 = 0x00;
    public static final byte DCS_UCS2 = 0x08;

    static final int GSM7_SINGLE = 160;
    static final int UCS2_SINGLE = 70;
    static final int MAX_PARTS = 255;

    private MtEncoder() {
    }

    /**
     * @param reference the concatenation reference (only its low 8 bits are used) shared by all parts
     * @throws IllegalArgumentException when the text does not fit its encoding or needs over 255 parts
     */
    public static EncodedMessage encode(SmsText text, int reference) {
        return encode(text, reference, MtSplit.UDH8);
    }

    /**
     * @param reference the concatenation reference shared by all parts (8 or 16 bits of it used)
     * @throws IllegalArgumentException when the text does not fit its encoding or needs over 255 parts
     */
    public static EncodedMessage encode(SmsText text, int reference, MtSplit split) {
        return text.encoding() == SmsEncoding.GSM7 ? gsm7(text.text(), reference, split)
                : ucs2(text.text(), reference, split);
    }

    private static EncodedMessage gsm7(String text, int reference, MtSplit split) {
        if (!Gsm7Alphabet.canEncode(text)) {
            throw new IllegalArgumentException("the text has characters outside GSM-7; send it as UCS-2");
        }
        int total = text.codePoints().map(Gsm7Alphabet::septets).sum();
        if (total <= GSM7_SINGLE) {
            return new EncodedMessage(DCS_GSM7, false, List.of(Gsm7Alphabet.encode(text)));
        }
        if (split == MtSplit.PAYLOAD) {
            return payload(DCS_GSM7, Gsm7Alphabet.encode(text));
        }
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = Gsm7Alphabet.septets(cp);
            if (used + size > split.gsmSeptetsPerPart()) {
                chunks.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += size;
            i += Character.charCount(cp);
        }
        chunks.add(text.substring(start));
        return concatenated(DCS_GSM7, chunks, reference, split, Gsm7Alphabet::encode);
    }

    private static EncodedMessage ucs2(String text, int reference, MtSplit split) {
        if (text.length() <= UCS2_SINGLE) {
            return new EncodedMessage(DCS_UCS2, false, List.of(text.getBytes(StandardCharsets.UTF_16BE)));
        }
        if (split == MtSplit.PAYLOAD) {
            return payload(DCS_UCS2, text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + split.ucs2UnitsPerPart(), text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        return concatenated(DCS_UCS2, chunks, reference, split, chunk -> chunk.getBytes(StandardCharsets.UTF_16BE));
    }

    private static EncodedMessage payload(byte dcs, byte[] body) {
        return new EncodedMessage(dcs, false, List.of(new byte[0]),
                List.of(List.of(new OptionalParameter.Message_payload(body))));
    }

    private interface ChunkEncoder {
        byte[] bytes(String chunk);
    }

    private static EncodedMessage concatenated(byte dcs, List<String> chunks, int reference, MtSplit split,
            ChunkEncoder encoder) {
        if (chunks.size() > MAX_PARTS) {
            throw new IllegalArgumentException("the text needs " + chunks.size() + " parts; at most 255 are possible");
        }
        int total = chunks.size();
        List<byte[]> parts = new ArrayList<>(total);
        List<List<OptionalParameter>> tlvs = new ArrayList<>(total);
        for (int seq = 1; seq <= total; seq++) {
            byte[] body = encoder.bytes(chunks.get(seq - 1));
            ByteBuffer part = ByteBuffer.allocate(split.headerOctets() + body.length);
            switch (split) {
                case UDH8 -> part.put((byte) 0x05).put((byte) 0x00).put((byte) 0x03).put((byte) reference);
                case UDH16 -> part.put((byte) 0x06).put((byte) 0x08).put((byte) 0x04)
                        .put((byte) (reference >> 8)).put((byte) reference);
                case SAR, PAYLOAD -> { }
            }
            if (split.headerOctets() > 0) {
                part.put((byte) total).put((byte) seq);
            }
            parts.add(part.put(body).array());
            tlvs.add(split != MtSplit.SAR ? List.of() : List.of(
                    new OptionalParameter.Sar_msg_ref_num((short) reference),
                    new OptionalParameter.Sar_total_segments((byte) total),
                    new OptionalParameter.Sar_segment_seqnum((byte) seq)));
        }
        return new EncodedMessage(dcs, split.headerOctets() > 0, parts, tlvs);
    }
}
