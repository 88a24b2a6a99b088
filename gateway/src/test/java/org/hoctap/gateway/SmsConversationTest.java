package org.hoctap.gateway;

import static org.hoctap.gateway.GatewayFixture.DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.Closing;
import org.hoctap.shared.text.VietnameseFolding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new phone's whole conversation with the gateway through the simulated SMSC over SMPP: not yet
 * registered, registers, reports, gets an unknown code wrong, undoes, asks its progress, changes the
 * language, stops and starts messages.
 */
class SmsConversationTest {
    @TempDir
    Path dataDir;

    private SmscSimulator smsc;
    private GatewayServer gateway;
    private Database db;
    private String phone;
    private long lastReply;

    @BeforeEach
    void start() throws Exception {
        GatewayFixture.seed(dataDir);
        smsc = GatewayFixture.simulator(0);
        gateway = GatewayFixture.gateway(dataDir, smsc.port()).start();
        db = gateway.database();
        assertTrue(gateway.awaitBound(DEADLINE), "the gateway did not bind");
        phone = GatewayFixture.unregisteredPhone(db);
    }

    @AfterEach
    void stop() {
        Closing.all(gateway, smsc);
    }

    /** Texts the short code and returns the reply that comes back. */
    private String say(String text) throws InterruptedException {
        smsc.deliverMo(phone, GatewayFixture.SHORT_CODE, text);
        HandsetMessage reply = smsc.awaitMessage(phone, m -> m.isMt() && m.id() > lastReply, DEADLINE)
                .orElseThrow(() -> new AssertionError("no reply to '" + text + "' within " + DEADLINE));
        lastReply = reply.id();
        return reply.text();
    }

    /** Whether the reply says {@code words}, with or without accents (replies are folded when that saves a message). */
    private static boolean says(String reply, String words) {
        return VietnameseFolding.fold(reply).contains(VietnameseFolding.fold(words));
    }

    private long recorded() {
        return db.read(c -> Jdbc.count(c, """
                SELECT coalesce(sum(a.count), 0) FROM activity a JOIN inbound_message m ON m.id = a.source_message_id
                WHERE m.sender = ? AND a.undone_at IS NULL""", phone));
    }

    @Test
    void registerReportUndoProgressLanguageStopAndStart() throws Exception {
        String code = db.read(c -> Jdbc.one(c, "SELECT code FROM household WHERE language = 'vi' ORDER BY code LIMIT 1",
                row -> row.getString(1))).orElseThrow();
        Household household = db.read(c -> People.householdByCode(c, code)).orElseThrow();
        String typed = "ĐK " + code.substring(0, 2).toLowerCase() + "-" + code.substring(2); // e.g. "ĐK qc-0042"

        assertTrue(says(say("12"), "chưa đăng ký"), "an unregistered phone is told how to register");
        assertEquals(0, recorded());

        assertTrue(say(typed).contains(code));
        assertEquals(household.id(), db.read(c -> People.phone(c, phone)).orElseThrow().householdId());

        String recordedReply = say("12x3 13");
        assertTrue(says(recordedReply, "đọc sách, báo x3"), recordedReply);
        assertEquals(4, recorded());

        assertTrue(say("19").contains("19"), "an unknown code is named");
        assertEquals(4, recorded());

        assertTrue(says(say("huỷ"), "đọc sách, báo x3"), "undo says what it took back");
        assertEquals(0, recorded());

        say("21");
        assertTrue(say("KQ").contains(" 1 "), "progress counts what stands");

        String inHmong = say("NN MONG");
        assertTrue(inHmong.contains("Moob"), inHmong);
        assertTrue(say("14").startsWith("Sau tseg lawm"), "replies come in Hmong now");

        say("TC");
        long before = recorded();
        smsc.deliverMo(phone, GatewayFixture.SHORT_CODE, "13");
        GatewayFixture.await(() -> recorded() > before ? java.util.Optional.of(true) : java.util.Optional.empty());
        assertEquals(before + 1, recorded(), "a stopped phone's report is still recorded");
        String again = say("NL");
        assertTrue(again.contains("TC"), "the next reply is the one to NL, none came for the report: " + again);
    }
}
