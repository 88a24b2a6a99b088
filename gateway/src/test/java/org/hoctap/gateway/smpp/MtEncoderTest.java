package org.hoctap.gateway.smpp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hoctap.shared.text.SmsEncoding;
import org.hoctap.shared.text.SmsText;
import org.junit.jupiter.api.Test;

class MtEncoderTest {

    private static SmsText ucs2(String text) {
        return new SmsText(text, SmsEncoding.UCS2, 1, text.length());
    }

    private static SmsText gsm7(String text) {
        return new SmsText(text, SmsEncoding.GSM7, 1, text.length());
    }

    private static String ucs2Body(byte[] part) {
        return new String(part, 6, part.length - 6, StandardCharsets.UTF_16BE);
    }

    @Test
    void shortUcs2IsOnePartWithoutHeader() {
        EncodedMessage m = MtEncoder.encode(ucs2("Đã ghi: đọc sách, báo"), 7);
        assertEquals(MtEncoder.DCS_UCS2, m.dataCoding());
        assertFalse(m.udhi());
        assertEquals(1, m.parts().size());
        assertArrayEquals("Đã ghi: đọc sách, báo".getBytes(StandardCharsets.UTF_16BE), m.parts().get(0));
    }

    @Test
    void shortGsm7IsUnpackedSeptets() {
        EncodedMessage m = MtEncoder.encode(gsm7("Da ghi: doc sach @ 12"), 7);
        assertEquals(MtEncoder.DCS_GSM7, m.dataCoding());
        assertEquals(1, m.parts().size());
        assertEquals(21, m.parts().get(0).length);
        assertEquals(0x00, m.parts().get(0)[17]); // '@' is septet 0
    }

    @Test
    void seventyUcs2CharactersStillFitOnePart() {
        assertEquals(1, MtEncoder.encode(ucs2("ă".repeat(70)), 1).parts().size());
        assertEquals(2, MtEncoder.encode(ucs2("ă".repeat(71)), 1).parts().size());
    }

    @Test
    void longUcs2IsSplitIntoParts67WithConcatenationHeaders() {
        String text = "ư".repeat(67 * 2 + 10);
        EncodedMessage m = MtEncoder.encode(ucs2(text), 0x1A5);
        assertTrue(m.udhi());
        assertEquals(3, m.parts().size());
        for (int seq = 1; seq <= 3; seq++) {
            byte[] part = m.parts().get(seq - 1);
            assertArrayEquals(new byte[] {0x05, 0x00, 0x03, (byte) 0xA5, 3, (byte) seq}, Arrays.copyOf(part, 6));
            assertTrue(part.length <= 140);
        }
        assertEquals(text, ucs2Body(m.parts().get(0)) + ucs2Body(m.parts().get(1)) + ucs2Body(m.parts().get(2)));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "a".repeat(66) + "😀" + "b".repeat(10);
        EncodedMessage m = MtEncoder.encode(ucs2(text), 1);
        assertEquals("a".repeat(66), ucs2Body(m.parts().get(0)));
        assertTrue(ucs2Body(m.parts().get(1)).startsWith("😀"));
    }

    @Test
    void longGsm7IsSplitAt153SeptetsNeverInsideAnEscape() {
        String text = "x".repeat(152) + "€" + "y".repeat(20);
        EncodedMessage m = MtEncoder.encode(gsm7(text), 1);
        assertEquals(2, m.parts().size());
        assertEquals(6 + 152, m.parts().get(0).length);
        assertEquals(6 + 2 + 20, m.parts().get(1).length);
        assertEquals(160, MtEncoder.encode(gsm7("z".repeat(160)), 1).parts().get(0).length);
    }

    @Test
    void gsm7TextWithOtherCharactersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MtEncoder.encode(gsm7("đọc"), 1));
    }
}
