package org.hoctap.gateway.smpp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hoctap.shared.text.Gsm7Alphabet;
import org.hoctap.shared.text.SmsEncoding;
import org.hoctap.shared.text.SmsText;

/**
 * Turns an {@link SmsText} into submit_sm bodies: GSM-7 as unpacked septets with data_coding 0,
 * UCS-2 as UTF-16BE with data_coding 8. A text longer than one segment is split into parts of 153
 * septets or 67 UTF-16 units, never inside an escape pair or a surrogate pair, each part carrying the
 * 8-bit-reference concatenation header {@code 05 00 03 ref total seq}.
 */
public final class MtEncoder {
    public static final byte DCS_GSM7 = 0x00;
    public static final byte DCS_UCS2 = 0x08;

    static final int GSM7_SINGLE = 160;
    static final int GSM7_PART = 153;
    static final int UCS2_SINGLE = 70;
    static final int UCS2_PART = 67;
    static final int MAX_PARTS = 255;

    private MtEncoder() {
    }

    /**
     * @param reference the concatenation reference (only its low 8 bits are used) shared by all parts
     * @throws IllegalArgumentException when the text does not fit its encoding or needs over 255 parts
     */
    public static EncodedMessage encode(SmsText text, int reference) {
        return text.encoding() == SmsEncoding.GSM7 ? gsm7(text.text(), reference) : ucs2(text.text(), reference);
    }

    private static EncodedMessage gsm7(String text, int reference) {
        if (!Gsm7Alphabet.canEncode(text)) {
            throw new IllegalArgumentException("the text has characters outside GSM-7; send it as UCS-2");
        }
        int total = text.codePoints().map(Gsm7Alphabet::septets).sum();
        if (total <= GSM7_SINGLE) {
            return new EncodedMessage(DCS_GSM7, false, List.of(Gsm7Alphabet.encode(text)));
        }
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = Gsm7Alphabet.septets(cp);
            if (used + size > GSM7_PART) {
                chunks.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += size;
            i += Character.charCount(cp);
        }
        chunks.add(text.substring(start));
        return concatenated(DCS_GSM7, chunks, reference, Gsm7Alphabet::encode);
    }

    private static EncodedMessage ucs2(String text, int reference) {
        if (text.length() <= UCS2_SINGLE) {
            return new EncodedMessage(DCS_UCS2, false, List.of(text.getBytes(StandardCharsets.UTF_16BE)));
        }
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + UCS2_PART, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        return concatenated(DCS_UCS2, chunks, reference, chunk -> chunk.getBytes(StandardCharsets.UTF_16BE));
    }

    private interface ChunkEncoder {
        byte[] bytes(String chunk);
    }

    private static EncodedMessage concatenated(byte dcs, List<String> chunks, int reference, ChunkEncoder encoder) {
        if (chunks.size() > MAX_PARTS) {
            throw new IllegalArgumentException("the text needs " + chunks.size() + " parts; at most 255 are possible");
        }
        List<byte[]> parts = new ArrayList<>(chunks.size());
        for (int seq = 1; seq <= chunks.size(); seq++) {
            byte[] body = encoder.bytes(chunks.get(seq - 1));
            ByteBuffer part = ByteBuffer.allocate(6 + body.length);
            part.put((byte) 0x05).put((byte) 0x00).put((byte) 0x03)
                    .put((byte) reference).put((byte) chunks.size()).put((byte) seq)
                    .put(body);
            parts.add(part.array());
        }
        return new EncodedMessage(dcs, true, parts);
    }
}
