package org.hoctap.gateway;

import static org.hoctap.gateway.GatewayFixture.DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.inbox.InboundMessage;
import org.hoctap.gateway.inbox.InboundMessages;
import org.hoctap.gateway.inbox.InboundState;
import org.hoctap.gateway.outbox.OutboundMessage;
import org.hoctap.gateway.outbox.OutboundMessages;
import org.hoctap.gateway.outbox.OutboundState;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.activity.Activities;
import org.hoctap.shared.activity.Activity;
import org.hoctap.shared.activity.Channel;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.Closing;
import org.hoctap.shared.text.SmsEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A household's SMS all the way: the simulated SMSC delivers an MO over real SMPP on loopback, the
 * gateway stores it, records the activities in a real SQLite file and answers through the SMSC.
 */
class SmsRoundTripTest {
    @TempDir
    Path dataDir;

    private SmscSimulator smsc;
    private GatewayServer gateway;
    private String phone;
    private Database db;

    @BeforeEach
    void start() throws Exception {
        phone = GatewayFixture.seed(dataDir);
        smsc = GatewayFixture.simulator(0);
        gateway = GatewayFixture.gateway(dataDir, smsc.port()).start();
        db = gateway.database();
        assertTrue(gateway.awaitBound(DEADLINE), "the gateway did not bind");
        assertTrue(smsc.awaitBound(DEADLINE), "the SMSC did not see the bind");
    }

    @AfterEach
    void stop() {
        Closing.all(gateway, smsc);
    }

    @Test
    void aReportIsRecordedAndAnsweredInVietnamese() throws Exception {
        smsc.deliverMo(phone, GatewayFixture.SHORT_CODE, "12");
        HandsetMessage reply = smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE)
                .orElseThrow(() -> new AssertionError("no reply within " + DEADLINE));

        assertTrue(reply.text().contains("đọc sách, báo"), reply.text());
        assertEquals("UCS-2", reply.encoding());
        assertEquals(8, reply.dataCoding());
        assertEquals(GatewayFixture.SHORT_CODE, reply.peer());

        Phone registered = db.read(c -> People.phone(c, phone)).orElseThrow();
        InboundMessage inbound = onlyInbound(phone);
        assertEquals("12", inbound.text());
        assertEquals(InboundState.PROCESSED, inbound.state());

        List<Activity> activities = activitiesFrom(inbound);
        assertEquals(1, activities.size());
        Activity activity = activities.get(0);
        assertEquals(12, activity.code());
        assertEquals(1, activity.count());
        assertEquals(registered.householdId(), activity.householdId());
        assertEquals(registered.personId(), activity.personId());
        assertEquals(Channel.SMS, activity.channel());

        OutboundMessage outbound = awaitSent(inbound.id());
        assertEquals(phone, outbound.recipient());
        assertEquals("sms.recorded", outbound.template());
        assertEquals(SmsEncoding.UCS2, outbound.encoding());
        assertEquals(reply.text(), outbound.text());
        assertEquals(String.join(",", reply.messageIds()), outbound.smscMessageId().orElseThrow());
        assertTrue(outbound.sentAt().isPresent());
        // The simulator sends the receipt as soon as it has answered the submit_sm: it may be stored before the
        // answer is; either way the reply ends DELIVRD.
        assertEquals("DELIVRD", GatewayFixture.await(() -> db.read(c -> Jdbc.one(c,
                "SELECT delivery_state FROM outbound_message WHERE id = ? AND delivery_state IS NOT NULL",
                row -> row.getString(1), outbound.id()))).orElse("no receipt matched"));

        smsc.deliverMo(phone, GatewayFixture.SHORT_CODE, "13");
        smsc.awaitMessage(phone, m -> m.isMt() && m.id() > reply.id(), DEADLINE)
                .orElseThrow(() -> new AssertionError("no second reply"));
    }

    @Test
    void countsAndSeveralCodes() throws Exception {
        smsc.deliverMo(phone, GatewayFixture.SHORT_CODE, "12x3 13");
        HandsetMessage reply = smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).orElseThrow();
        // Two messages with its accents, one without: the default policy sends it unaccented.
        assertTrue(reply.text().contains("Da ghi nhan: doc sach, bao x3"), reply.text());
        assertEquals("GSM-7", reply.encoding());
        assertEquals(1, reply.segments());
        List<Activity> activities = activitiesFrom(onlyInbound(phone));
        assertEquals(2, activities.size());
        assertEquals(List.of(12, 13), activities.stream().map(Activity::code).sorted().toList());
        assertEquals(3, activities.stream().filter(a -> a.code() == 12).findFirst().orElseThrow().count());
        assertEquals(1, activities.stream().filter(a -> a.code() == 13).findFirst().orElseThrow().count());
    }

    @Test
    void anUnregisteredPhoneIsToldSoAndNothingIsRecorded() throws Exception {
        String stranger = GatewayFixture.unregisteredPhone(db);
        long before = activityCount();
        smsc.deliverMo(stranger, GatewayFixture.SHORT_CODE, "12");
        HandsetMessage reply = smsc.awaitMessage(stranger, HandsetMessage::isMt, DEADLINE).orElseThrow();
        InboundMessage inbound = onlyInbound(stranger);
        assertEquals(InboundState.PROCESSED, inbound.state());
        assertEquals("sms.not_registered", awaitSent(inbound.id()).template());
        assertFalse(reply.text().isBlank());
        assertEquals(before, activityCount());
    }

    @Test
    void anUnknownCodeIsAnsweredWithTheClosestAndNothingIsRecorded() throws Exception {
        long before = activityCount();
        smsc.deliverMo(phone, GatewayFixture.SHORT_CODE, "19");
        HandsetMessage reply = smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).orElseThrow();
        assertTrue(reply.text().contains("19"), reply.text());
        assertTrue(reply.text().contains("17"), reply.text()); // 17 and 21 are both 2 away; the smaller wins
        InboundMessage inbound = onlyInbound(phone);
        assertEquals(InboundState.PROCESSED, inbound.state());
        assertEquals("sms.unknown_code", awaitSent(inbound.id()).template());
        assertEquals(before, activityCount());
    }

    @Test
    void helpIsAnswered() throws Exception {
        smsc.deliverMo(phone, GatewayFixture.SHORT_CODE, "HD");
        smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).orElseThrow();
        assertEquals("sms.help", awaitSent(onlyInbound(phone).id()).template());
    }

    private InboundMessage onlyInbound(String sender) throws InterruptedException {
        List<String> ids = db.read(c -> Jdbc.list(c, "SELECT id FROM inbound_message WHERE sender = ?",
                row -> row.getString(1), sender));
        assertEquals(1, ids.size(), "inbound messages from the sender");
        return GatewayFixture.await(() -> db.read(c -> InboundMessages.find(c, ids.get(0)))
                .filter(m -> m.state() != InboundState.RECEIVED)).orElseThrow();
    }

    private List<Activity> activitiesFrom(InboundMessage inbound) {
        String household = db.read(c -> People.phone(c, inbound.sender())).orElseThrow().householdId();
        return db.read(c -> Activities.ofHousehold(c, household)).stream()
                .filter(a -> a.sourceMessageId().equals(Optional.of(inbound.id())))
                .toList();
    }

    private OutboundMessage awaitSent(String inboundId) throws InterruptedException {
        return GatewayFixture.await(() -> db.read(c -> OutboundMessages.inReplyTo(c, inboundId)).stream()
                .filter(m -> m.state() == OutboundState.SENT).findFirst())
                .orElseThrow(() -> new AssertionError("no SENT reply to " + inboundId));
    }

    private long activityCount() {
        return db.read(c -> Jdbc.count(c, "SELECT count(*) FROM activity"));
    }
}
