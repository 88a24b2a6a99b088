package org.hoctap.gateway.smscsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimTextCodecTest {

    @Test
    void gsmTextRoundTripsWithExtensionCharacters() {
        String text = "@£$ èé_Ω ÄÖ¿ {x} [y] ~|^€\\ 12";
        EncodedSms sms = SimTextCodec.encode(text, 0);
        assertEquals(0, sms.dataCoding());
        assertFalse(sms.udhi());
        assertEquals(text, SimTextCodec.decode((byte) 0, sms.parts().getFirst(), 0).text());
    }

    @Test
    void asciiLettersAndDigitsKeepTheirCodes() {
        assertEquals("Hello 12", new String(GsmAlphabet.encode("Hello 12"), StandardCharsets.US_ASCII));
    }

    @Test
    void vietnameseNeedsUcs2() {
        EncodedSms sms = SimTextCodec.encode("Tôi đọc sách", 0);
        assertEquals(8, sms.dataCoding());
        assertEquals("UCS-2", sms.encoding());
    }

    @Test
    void segmentLimitsFollowGsmAndUcs2() {
        assertEquals(1, SimTextCodec.segments("a".repeat(160)));
        assertEquals(2, SimTextCodec.segments("a".repeat(161)));
        assertEquals(2, SimTextCodec.segments("a".repeat(306)));
        assertEquals(3, SimTextCodec.segments("a".repeat(307)));
        assertEquals(1, SimTextCodec.segments("đ".repeat(70)));
        assertEquals(2, SimTextCodec.segments("đ".repeat(71)));
        assertEquals(2, SimTextCodec.segments("đ".repeat(134)));
        assertEquals(3, SimTextCodec.segments("đ".repeat(135)));
        assertEquals(2, SimTextCodec.segments("€".repeat(81)), "extension characters take two septets");
    }

    @Test
    void partsNeverSplitAnEscapePair() {
        String text = "a".repeat(152) + "€" + "b".repeat(10);
        EncodedSms sms = SimTextCodec.encode(text, 7);
        assertEquals(2, sms.segments());
        byte[] first = sms.parts().getFirst();
        assertEquals(6 + 152, first.length);
        assertNotEquals(GsmAlphabet.ESCAPE, first[first.length - 1]);
    }

    @Test
    void partsNeverSplitASurrogatePair() {
        String text = "đ".repeat(66) + "😀" + "đ".repeat(10);
        EncodedSms sms = SimTextCodec.encode(text, 7);
        String first = SimTextCodec.decode((byte) 8, sms.parts().getFirst(), 6).text();
        assertEquals(66, first.length());
        assertEquals(text, first + SimTextCodec.decode((byte) 8, sms.parts().get(1), 6).text());
    }

    @Test
    void headersCarryReferenceTotalAndSequence() {
        EncodedSms sms = SimTextCodec.encode("x".repeat(400), 0x1FF);
        assertEquals(3, sms.segments());
        for (int i = 0; i < 3; i++) {
            Concatenation c = Concatenation.parse(sms.parts().get(i)).orElseThrow();
            assertEquals(new Concatenation(0xFF, 3, i + 1), c);
        }
    }

    @Test
    void sixteenBitReferenceHeadersAreRead() {
        byte[] body = {0x06, 0x08, 0x04, 0x12, 0x34, 0x02, 0x01, 'h', 'i'};
        assertEquals(new Concatenation(0x1234, 2, 1), Concatenation.parse(body).orElseThrow());
        assertEquals(7, Concatenation.textOffset(body));
    }

    @Test
    void dataCodingZeroWithHighBytesIsReadAsLatin1() {
        byte[] body = "Tôi".getBytes(StandardCharsets.ISO_8859_1);
        DecodedText text = SimTextCodec.decode((byte) 0, body, 0);
        assertEquals("Tôi", text.text());
        assertEquals("Latin-1", text.encoding());
    }

    @Test
    void otherDataCodings() {
        assertEquals("Tôi", SimTextCodec.decode((byte) 3, "Tôi".getBytes(StandardCharsets.ISO_8859_1), 0).text());
        assertEquals("abc", SimTextCodec.decode((byte) 1, "abc".getBytes(StandardCharsets.US_ASCII), 0).text());
        assertEquals("0aff", SimTextCodec.decode((byte) 4, new byte[] {0x0A, (byte) 0xFF}, 0).text());
        assertEquals("đ", SimTextCodec.decode((byte) 0x18, "đ".getBytes(StandardCharsets.UTF_16BE), 0).text());
    }

    @Test
    void tooManyPartsAndEmptyTextAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SimTextCodec.encode("", 0));
        assertThrows(IllegalArgumentException.class, () -> SimTextCodec.encode("đ".repeat(67 * 255 + 1), 0));
        assertTrue(SimTextCodec.encode("đ".repeat(67 * 255), 0).segments() == 255);
    }
}
