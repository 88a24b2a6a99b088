package org.hoctap.gateway.smscsim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.SubmitSmResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmscSimulatorTest {
    static final String SYSTEM_ID = "hoctap";
    static final String PASSWORD = "secret";
    static final String PHONE = "+84912345678";
    static final String VIETNAMESE = "Đã ghi nhận: đọc sách";
    static final String LONG_VIETNAMESE = "Cảm ơn gia đình đã báo cáo hoạt động học tập tháng này: đọc sách 3 lần, "
            + "tham gia lớp chuyên đề trồng cà phê, con hoàn thành năm học. Điểm tạm tính của gia đình là 85 điểm.";

    SmscSimulator smsc;

    @BeforeEach
    void start() throws IOException {
        smsc = SmscSimulator.start(SmscSimSettings.forTests(SYSTEM_ID, PASSWORD, "8055")
                .withRetry(Duration.ofMillis(100), 5));
    }

    @AfterEach
    void stop() {
        smsc.close();
    }

    @Test
    void asciiMoReachesTheEsmeAsGsm7() throws Exception {
        try (TestEsme esme = TestEsme.transceiver(smsc)) {
            MoResult result = smsc.deliverMo("0912 345 678", "8055", "12 3");

            DeliverSm mo = esme.next();
            assertEquals("84912345678", mo.getSourceAddr());
            assertEquals(TypeOfNumber.INTERNATIONAL.value(), mo.getSourceAddrTon());
            assertEquals("8055", mo.getDestAddress());
            assertEquals(0, mo.getDataCoding());
            assertFalse(mo.isUdhi());
            assertEquals("12 3", new String(mo.getShortMessage(), StandardCharsets.US_ASCII));
            assertTrue(result.esmeBound());
            assertEquals(MessageStatus.DELIVERED, result.delivery().get(5, TimeUnit.SECONDS));
            assertEquals(MessageStatus.DELIVERED, smsc.conversation(PHONE).getFirst().status());
        }
    }

    @Test
    void vietnameseMoReachesTheEsmeAsUcs2() throws Exception {
        try (TestEsme esme = TestEsme.transceiver(smsc)) {
            smsc.deliverMo(PHONE, "8055", VIETNAMESE);

            DeliverSm mo = esme.next();
            assertEquals(8, mo.getDataCoding());
            assertEquals(VIETNAMESE, new String(mo.getShortMessage(), StandardCharsets.UTF_16BE));
        }
    }

    @Test
    void longVietnameseMoArrivesAsConcatenatedParts() throws Exception {
        try (TestEsme esme = TestEsme.transceiver(smsc)) {
            MoResult result = smsc.deliverMo(PHONE, "8055", LONG_VIETNAMESE);
            int total = result.message().segments();
            assertEquals(3, total);

            StringBuilder joined = new StringBuilder();
            int reference = -1;
            for (int seq = 1; seq <= total; seq++) {
                DeliverSm part = esme.next();
                byte[] body = part.getShortMessage();
                assertTrue(part.isUdhi());
                assertEquals(8, part.getDataCoding());
                assertArrayEquals(new byte[] {5, 0, 3}, Arrays.copyOf(body, 3));
                reference = seq == 1 ? body[3] : reference;
                assertEquals(reference, body[3]);
                assertEquals(total, body[4]);
                assertEquals(seq, body[5]);
                assertTrue(body.length - 6 <= 134, "a part holds at most 67 UTF-16 units");
                joined.append(new String(body, 6, body.length - 6, StandardCharsets.UTF_16BE));
            }
            assertEquals(LONG_VIETNAMESE, joined.toString());
        }
    }

    @Test
    void submittedUcs2TextAppearsInTheHandsetsConversation() throws Exception {
        try (TestEsme esme = TestEsme.transceiver(smsc)) {
            SubmitSmResult result = esme.submitUcs2("84912345678", VIETNAMESE);

            HandsetMessage mt = smsc.awaitMessage(PHONE, HandsetMessage::isMt, TestEsme.WAIT).orElseThrow();
            assertEquals(VIETNAMESE, mt.text());
            assertEquals(8, mt.dataCoding());
            assertEquals("UCS-2", mt.encoding());
            assertEquals(1, mt.segments());
            assertEquals("8055", mt.peer());
            assertEquals(List.of(result.getMessageId()), mt.messageIds());
            assertFalse(result.getMessageId().isBlank());
        }
    }

    @Test
    void concatenatedSubmitIsShownAsOneMessage() throws Exception {
        try (TestEsme esme = TestEsme.transceiver(smsc)) {
            ESMClass udhi = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
            String first = LONG_VIETNAMESE.substring(0, 67);
            String second = LONG_VIETNAMESE.substring(67, 134);
            esme.submit("84912345678", (byte) 8, udhi, new RegisteredDelivery(), part(0x42, 2, 1, first));
            esme.submit("84912345678", (byte) 8, udhi, new RegisteredDelivery(), part(0x42, 2, 2, second));

            HandsetMessage mt = smsc.awaitMessage(PHONE, HandsetMessage::isMt, TestEsme.WAIT).orElseThrow();
            assertEquals(first + second, mt.text());
            assertEquals(2, mt.segments());
            assertEquals(2, mt.messageIds().size());
            assertEquals(1, smsc.conversation(PHONE).size());
        }
    }

    @Test
    void gsm7SubmitIsReadWithTheGsmAlphabet() throws Exception {
        try (TestEsme esme = TestEsme.transceiver(smsc)) {
            String text = "Gia: 5€ @nha_van {12}";
            esme.submit("84912345678", (byte) 0, new ESMClass(), new RegisteredDelivery(), GsmAlphabet.encode(text));

            HandsetMessage mt = smsc.awaitMessage(PHONE, HandsetMessage::isMt, TestEsme.WAIT).orElseThrow();
            assertEquals(text, mt.text());
            assertEquals("GSM-7", mt.encoding());
        }
    }

    @Test
    void aRequestedDeliveryReceiptFollowsTheSubmit() throws Exception {
        try (TestEsme esme = TestEsme.transceiver(smsc)) {
            SubmitSmResult result = esme.submit("84912345678", (byte) 8, new ESMClass(),
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                    VIETNAMESE.getBytes(StandardCharsets.UTF_16BE));

            DeliverSm receipt = esme.next();
            assertTrue(MessageType.SMSC_DEL_RECEIPT.containedIn(receipt.getEsmClass()));
            assertEquals(result.getMessageId(), receipt.getShortMessageAsDeliveryReceipt().getId());
            OptionalParameter id = receipt.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
            assertInstanceOf(OptionalParameter.COctetString.class, id);
            assertEquals(result.getMessageId(), ((OptionalParameter.COctetString) id).getValueAsString());
            assertEquals("84912345678", receipt.getSourceAddr());
        }
    }

    @Test
    void wrongPasswordIsRefusedWithInvalidPassword() {
        IOException e = assertThrows(IOException.class,
                () -> TestEsme.bind(smsc.port(), SYSTEM_ID, "wrong", BindType.BIND_TRX));
        NegativeResponseException refusal = assertInstanceOf(NegativeResponseException.class, e.getCause());
        assertEquals(SMPPConstant.STAT_ESME_RINVPASWD, refusal.getCommandStatus());
        assertEquals(0, smsc.boundSessions());
    }

    @Test
    void wrongSystemIdIsRefusedWithInvalidSystemId() {
        IOException e = assertThrows(IOException.class,
                () -> TestEsme.bind(smsc.port(), "someone", PASSWORD, BindType.BIND_TX));
        NegativeResponseException refusal = assertInstanceOf(NegativeResponseException.class, e.getCause());
        assertEquals(SMPPConstant.STAT_ESME_RINVSYSID, refusal.getCommandStatus());
    }

    @Test
    void moSentWhileNoEsmeIsBoundIsDeliveredAfterItBinds() throws Exception {
        MoResult result = smsc.deliverMo(PHONE, "8055", "12");
        assertTrue(result.queued());
        assertEquals(MessageStatus.QUEUED, smsc.conversation(PHONE).getFirst().status());
        assertEquals(1, smsc.pendingDeliveries());

        try (TestEsme esme = TestEsme.bind(smsc.port(), SYSTEM_ID, PASSWORD, BindType.BIND_RX)) {
            DeliverSm mo = esme.next();
            assertEquals("12", new String(mo.getShortMessage(), StandardCharsets.US_ASCII));
            assertEquals(MessageStatus.DELIVERED, result.delivery().get(5, TimeUnit.SECONDS));
            assertEquals(MessageStatus.DELIVERED, smsc.conversation(PHONE).getFirst().status());
        }
    }

    @Test
    void moRefusedByTheEsmeIsDeliveredAgain() throws Exception {
        try (TestEsme esme = TestEsme.transceiver(smsc)) {
            esme.refuseNext.set(1);
            MoResult result = smsc.deliverMo(PHONE, "8055", "5 2");

            DeliverSm mo = esme.next();
            assertEquals("5 2", new String(mo.getShortMessage(), StandardCharsets.US_ASCII));
            assertEquals(MessageStatus.DELIVERED, result.delivery().get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void closeUnbindsTheEsme() throws Exception {
        TestEsme esme = TestEsme.transceiver(smsc);
        assertTrue(smsc.awaitBound(TestEsme.WAIT));
        assertEquals(1, smsc.boundSessions());

        smsc.close();

        assertTrue(esme.closed.await(5, TimeUnit.SECONDS), "the ESME's session should be closed");
        assertThrows(IllegalStateException.class, () -> smsc.deliverMo(PHONE, "12"));
    }

    @Test
    void droppedConnectionsCanBindAgain() throws Exception {
        TestEsme first = TestEsme.transceiver(smsc);
        assertTrue(smsc.awaitBound(TestEsme.WAIT));

        assertEquals(1, smsc.dropConnections());

        assertTrue(first.closed.await(5, TimeUnit.SECONDS), "the ESME should see the link drop");
        try (TestEsme second = TestEsme.transceiver(smsc)) {
            smsc.deliverMo(PHONE, "8055", "12");
            assertEquals("12", new String(second.next().getShortMessage(), StandardCharsets.US_ASCII));
            assertEquals(1, smsc.boundSessions());
        }
    }

    @Test
    void badMoArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> smsc.deliverMo("abc", "8055", "12"));
        assertThrows(IllegalArgumentException.class, () -> smsc.deliverMo(PHONE, " ", "12"));
        assertThrows(IllegalArgumentException.class, () -> smsc.deliverMo(PHONE, "8055", ""));
    }

    private static byte[] part(int reference, int total, int seq, String text) {
        byte[] header = Concatenation.header8(reference, total, seq);
        byte[] body = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] out = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, out, header.length, body.length);
        return out;
    }
}
