package org.hoctap.gateway.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.Test;

class MoDecoderTest {

    private static DeliverSm deliverSm(int dcs, byte[] body) {
        DeliverSm sm = new DeliverSm();
        sm.setDataCoding((byte) dcs);
        sm.setShortMessage(body);
        return sm;
    }

    @Test
    void dataCodingZeroIsGsmDefault() {
        assertEquals("12x3 13", text(deliverSm(0, "12x3 13".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void dataCodingEightIsUcs2() {
        assertEquals("đọc sách 12", text(deliverSm(8, "đọc sách 12".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void dataCodingThreeIsLatin1() {
        assertEquals("Tôi có", text(deliverSm(3, "Tôi có".getBytes(StandardCharsets.ISO_8859_1))));
    }

    @Test
    void gsmCodingGroupsByAlphabetBits() {
        assertEquals("hi", TextAlphabet.of(0xF0, MoDecoding.STANDARD).decode( "hi".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ư", TextAlphabet.of(0x18, MoDecoding.STANDARD).decode( "ư".getBytes(StandardCharsets.UTF_16BE)));
    }

    private static String text(DeliverSm sm) {
        return MoDecoder.read(sm, MoDecoding.STANDARD).text();
    }

    @Test
    void theUserDataHeaderIsSkipped() {
        byte[] udh = {0x05, 0x00, 0x03, 0x2A, 0x02, 0x01};
        byte[] text = "12".getBytes(StandardCharsets.UTF_16BE);
        byte[] body = new byte[udh.length + text.length];
        System.arraycopy(udh, 0, body, 0, udh.length);
        System.arraycopy(text, 0, body, udh.length, text.length);
        DeliverSm sm = deliverSm(8, body);
        sm.setUdhi();
        assertEquals("12", text(sm));
    }

    @Test
    void messagePayloadWhenShortMessageIsEmpty() {
        DeliverSm sm = deliverSm(8, new byte[0]);
        sm.setOptionalParameters(new OptionalParameter.Message_payload("học".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("học", text(sm));
    }

    @Test
    void internationalSendersGetTheirPlus() {
        DeliverSm sm = deliverSm(0, new byte[0]);
        sm.setSourceAddr("84912345678");
        sm.setSourceAddrTon(TypeOfNumber.INTERNATIONAL.value());
        assertEquals("+84912345678", MoDecoder.sender(sm));
        sm.setSourceAddrTon(TypeOfNumber.UNKNOWN.value());
        assertEquals("84912345678", MoDecoder.sender(sm));
        sm.setSourceAddr("VIETTEL");
        sm.setSourceAddrTon(TypeOfNumber.ALPHANUMERIC.value());
        assertEquals("VIETTEL", MoDecoder.sender(sm));
    }

    @Test
    void anEightBitConcatenationHeaderMakesAPart() {
        DeliverSm sm = deliverSm(8, withHeader(new byte[] {0x05, 0x00, 0x03, 0x2A, 0x03, 0x02}, "ọc"));
        sm.setUdhi();
        IncomingSms sms = MoDecoder.read(sm, MoDecoding.STANDARD);
        assertEquals(Optional.of(new PartOf(0x2A, 3, 2)), sms.part());
        assertEquals("ọc", sms.text());
    }

    @Test
    void aSixteenBitConcatenationHeaderAfterAnotherElementMakesAPart() {
        byte[] header = {0x0A, 0x24, 0x01, 0x00, 0x08, 0x04, 0x12, 0x34, 0x02, 0x01};
        DeliverSm sm = deliverSm(8, withHeader(header, "h"));
        sm.setUdhi();
        assertEquals(Optional.of(new PartOf(0x1234, 2, 1)), MoDecoder.read(sm, MoDecoding.STANDARD).part());
    }

    @Test
    void sarTlvsMakeAPart() {
        DeliverSm sm = deliverSm(0, "12".getBytes(StandardCharsets.US_ASCII));
        sm.setOptionalParameters(new OptionalParameter.Sar_msg_ref_num((short) 700),
                new OptionalParameter.Sar_total_segments((byte) 2), new OptionalParameter.Sar_segment_seqnum((byte) 2));
        assertEquals(Optional.of(new PartOf(700, 2, 2)), MoDecoder.read(sm, MoDecoding.STANDARD).part());
    }

    @Test
    void aOneOfOneOrImpossibleHeaderIsAWholeMessage() {
        DeliverSm one = deliverSm(8, withHeader(new byte[] {0x05, 0x00, 0x03, 0x01, 0x01, 0x01}, "12"));
        one.setUdhi();
        assertEquals(Optional.empty(), MoDecoder.read(one, MoDecoding.STANDARD).part());
        DeliverSm beyond = deliverSm(8, withHeader(new byte[] {0x05, 0x00, 0x03, 0x01, 0x02, 0x05}, "12"));
        beyond.setUdhi();
        IncomingSms sms = MoDecoder.read(beyond, MoDecoding.STANDARD);
        assertEquals(Optional.empty(), sms.part());
        assertEquals("12", sms.text());
    }

    @Test
    void theSmscsDefaultAlphabetIsASetting() {
        byte[] latin1 = "Tôi có 12".getBytes(StandardCharsets.ISO_8859_1);
        MoDecoding latin1Default = new MoDecoding(MoDecoding.DefaultAlphabet.LATIN1, false);
        assertEquals("Tôi có 12", MoDecoder.read(deliverSm(0, latin1), latin1Default).text());
    }

    @Test
    void packedGsmIsUnpackedWhenTheSmscPacks() {
        byte[] packed = {(byte) 0xE8, 0x32, (byte) 0x9B, (byte) 0xFD, 0x46, (byte) 0x97, (byte) 0xD9, (byte) 0xEC, 0x37};
        assertEquals("hellohello", MoDecoder.read(deliverSm(0, packed), new MoDecoding(MoDecoding.DefaultAlphabet.GSM7,
                true)).text());
    }

    @Test
    void anEmojiAndTaiVietSurviveUcs2() {
        String text = "ꪀꪁꪂ 12 \uD83D\uDE00";
        assertEquals(text, text(deliverSm(8, text.getBytes(StandardCharsets.UTF_16BE))));
    }

    private static byte[] withHeader(byte[] header, String ucs2Text) {
        byte[] text = ucs2Text.getBytes(StandardCharsets.UTF_16BE);
        byte[] body = new byte[header.length + text.length];
        System.arraycopy(header, 0, body, 0, header.length);
        System.arraycopy(text, 0, body, header.length, text.length);
        return body;
    }
}
