package org.hoctap.gateway;

import static org.hoctap.gateway.GatewayFixture.DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.MoSplit;
import org.hoctap.gateway.smscsim.SmscSimSettings;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.Closing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the SMSC delivers, over real SMPP on loopback: repeats are recorded but acted on once, long
 * messages are put back together, and any script survives.
 */
class InboundDeliveryTest {
    @TempDir
    Path dataDir;

    private SmscSimulator smsc;
    private GatewayServer gateway;
    private String phone;

    private Database start(SmscSimSettings simSettings) throws Exception {
        phone = GatewayFixture.seed(dataDir);
        smsc = SmscSimulator.start(simSettings);
        gateway = GatewayFixture.gateway(dataDir, smsc.port()).start();
        assertTrue(gateway.awaitBound(DEADLINE), "the gateway did not bind");
        assertTrue(smsc.awaitBound(DEADLINE), "the SMSC did not see the bind");
        return gateway.database();
    }

    private static SmscSimSettings simulator() {
        return SmscSimSettings.forTests(GatewayFixture.SYSTEM_ID, GatewayFixture.PASSWORD, GatewayFixture.SHORT_CODE);
    }

    @AfterEach
    void stop() {
        Closing.all(gateway, smsc);
    }

    @Test
    void theSameReportTwiceIsRecordedTwiceButCountedAndAnsweredOnce() throws Exception {
        Database db = start(simulator());
        smsc.deliverMo(phone, "12");
        smsc.deliverMo(phone, "12");
        awaitRows(db, 2);
        HandsetMessage reply = smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).orElseThrow();
        assertTrue(reply.text().contains("đọc sách, báo"), reply.text());
        Thread.sleep(500); // a second reply, if there were one, would be on its way by now
        assertEquals(1, replies());
        assertEquals(1L, count(db, "SELECT count(*) FROM activity"));
        assertEquals(1L, count(db, "SELECT count(*) FROM inbound_message WHERE duplicate_of IS NOT NULL"));
    }

    @Test
    void aMessageTheSmscDeliversAgainBecauseOurAnswerWasLateIsActedOnOnce() throws Exception {
        // An SMSC so impatient that it gives up on every deliver_sm_resp and delivers the MO again.
        SmscSimSettings impatient = simulator();
        impatient = new SmscSimSettings(impatient.host(), impatient.port(), impatient.systemId(), impatient.password(),
                impatient.shortCode(), impatient.bindTimeout(), Duration.ofMillis(1), Duration.ofMillis(50), 3,
                impatient.settleTime(), 1, impatient.historyPerHandset());
        Database db = start(impatient);
        smsc.deliverMo(phone, "13");
        awaitRows(db, 2);
        smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).orElseThrow();
        Thread.sleep(500);
        assertEquals(1, replies());
        assertEquals(1L, count(db, "SELECT count(*) FROM activity WHERE activity_code = 13"));
    }

    @ParameterizedTest
    @EnumSource(MoSplit.class)
    void aLongMessageInThreePartsIsPutBackTogetherAndAnsweredOnce(MoSplit split) throws Exception {
        Database db = start(simulator());
        String text = "Đăng ký giúp tôi với, nhà tôi ở bản Co Muông, có bốn người, hai cháu đang đi học, "
                + "tôi muốn hỏi về lớp học chữ Thái vào buổi tối ở trung tâm, xin cảm ơn cán bộ rất nhiều";
        assertTrue(text.length() > 2 * 67 && text.length() <= 3 * 67, "the text must need three UCS-2 parts");
        smsc.deliverMo(phone, GatewayFixture.SHORT_CODE, text, split);
        smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).orElseThrow();
        List<String> stored = db.read(c -> Jdbc.list(c, "SELECT text FROM inbound_message", row -> row.getString(1)));
        assertEquals(List.of(text), stored);
        Thread.sleep(300);
        assertEquals(1, replies());
    }

    @Test
    void taiVietAndAnEmojiArriveIntact() throws Exception {
        Database db = start(simulator());
        String text = "ꪼꪕ ꪀꪱ 12 \uD83D\uDE00";
        smsc.deliverMo(phone, text);
        smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).orElseThrow();
        assertEquals(List.of(text),
                db.read(c -> Jdbc.list(c, "SELECT text FROM inbound_message", row -> row.getString(1))));
    }

    private long replies() {
        return smsc.conversation(phone).stream().filter(HandsetMessage::isMt).count();
    }

    private static long count(Database db, String sql) {
        return db.read(c -> Jdbc.count(c, sql));
    }

    private static void awaitRows(Database db, long rows) throws InterruptedException {
        GatewayFixture.await(() -> count(db, "SELECT count(*) FROM inbound_message") >= rows
                ? java.util.Optional.of(true) : java.util.Optional.empty())
                .orElseThrow(() -> new AssertionError("fewer than " + rows + " inbound messages within " + DEADLINE));
    }
}
