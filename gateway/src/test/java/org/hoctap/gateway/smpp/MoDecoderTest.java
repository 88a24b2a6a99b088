package org.hoctap.gateway.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
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
        assertEquals("12x3 13", MoDecoder.text(deliverSm(0, "12x3 13".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void dataCodingEightIsUcs2() {
        assertEquals("đọc sách 12", MoDecoder.text(deliverSm(8, "đọc sách 12".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void dataCodingThreeIsLatin1() {
        assertEquals("Tôi có", MoDecoder.text(deliverSm(3, "Tôi có".getBytes(StandardCharsets.ISO_8859_1))));
    }

    @Test
    void gsmCodingGroupsByAlphabetBits() {
        assertEquals("hi", MoDecoder.decode((byte) 0xF0, "hi".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ư", MoDecoder.decode((byte) 0x18, "ư".getBytes(StandardCharsets.UTF_16BE)));
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
        assertEquals("12", MoDecoder.text(sm));
    }

    @Test
    void messagePayloadWhenShortMessageIsEmpty() {
        DeliverSm sm = deliverSm(8, new byte[0]);
        sm.setOptionalParameters(new OptionalParameter.Message_payload("học".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("học", MoDecoder.text(sm));
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
}
