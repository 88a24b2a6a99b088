package org.hoctap.gateway.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.outbox.OutboundMessages;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receipts read from deliver_sm and matched to what was sent, in a real SQLite file. */
class ReceiptsTest {
    private static final String HANDSET = "+84912345678";
    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("hoctap.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void sent(String outboundId, String... partIds) {
        db.write(c -> {
            Jdbc.update(c, """
                    INSERT INTO outbound_message (id, recipient, text, template, language, encoding, segments, state,
                                                  created_at, smsc_message_id)
                    VALUES (?, ?, 'Đã ghi nhận', 'sms.recorded', 'vi', 'UCS2', ?, 'SENT', ?, ?)""",
                    outboundId, HANDSET, partIds.length, NOW, String.join(",", partIds));
            for (int i = 0; i < partIds.length; i++) {
                Jdbc.update(c, "INSERT INTO outbound_segment VALUES (?, ?, ?, ?)", outboundId, i + 1, partIds[i], NOW);
            }
            return null;
        });
    }

    private Receipts.Recorded receive(String text, OptionalParameter... tlvs) {
        DeliverSm sm = new DeliverSm();
        sm.setEsmClass(new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT)
                .value());
        sm.setSourceAddr(HANDSET.substring(1));
        sm.setSourceAddrTon(TypeOfNumber.INTERNATIONAL.value());
        sm.setShortMessage(text.getBytes(StandardCharsets.US_ASCII));
        sm.setOptionalParameters(tlvs);
        ReceivedReceipt receipt = ReceiptReader.read(sm).orElseThrow();
        return db.write(c -> Receipts.record(c, receipt, NOW));
    }

    private Optional<String> deliveryState(String outboundId) {
        return db.read(c -> Jdbc.one(c, "SELECT delivery_state FROM outbound_message WHERE id = ?",
                row -> Optional.ofNullable(row.getString(1)), outboundId)).orElseThrow();
    }

    @Test
    void aReceiptTextWithTheIdInDecimalMarksTheHexAcknowledgedMessageDelivered() {
        sent("m1", "1A2B");
        Receipts.Recorded recorded = receive(
                "id:6699 sub:001 dlvrd:001 submit date:2611221000 done date:2611221001 stat:DELIVRD err:000 text:Da");
        assertEquals(Optional.of("m1"), recorded.outboundId());
        assertEquals(Optional.of("DELIVRD"), deliveryState("m1"));
    }

    @Test
    void theTlvsWinOverTheText() {
        sent("m2", "abc123");
        receive("stat:UNKNOWN", new OptionalParameter.Receipted_message_id("ABC123"),
                new OptionalParameter.Message_state(MessageState.UNDELIVERABLE.value()));
        // The text's stat: is read first when present; here it says UNKNOWN, so the message is not delivered.
        assertEquals(Optional.of("UNKNOWN"), deliveryState("m2"));
        receive("", new OptionalParameter.Receipted_message_id("ABC123"),
                new OptionalParameter.Message_state(MessageState.UNDELIVERABLE.value()));
        assertEquals(Optional.of("UNDELIV"), deliveryState("m2"));
    }

    @Test
    void aLongMessageIsDeliveredWhenEveryPartIs() {
        sent("m3", "101", "102", "103");
        receive("id:101 stat:DELIVRD err:000");
        receive("id:103 stat:DELIVRD err:000");
        assertEquals(Optional.of("ENROUTE"), deliveryState("m3"));
        receive("id:102 stat:DELIVRD err:000");
        assertEquals(Optional.of("DELIVRD"), deliveryState("m3"));
    }

    @Test
    void aFailedPartFailsTheMessage() {
        sent("m4", "201", "202");
        receive("id:201 stat:DELIVRD err:000");
        receive("id:202 stat:EXPIRED err:027");
        assertEquals(Optional.of("EXPIRED"), deliveryState("m4"));
    }

    @Test
    void aReceiptForNothingWeSentIsKeptUnmatched() {
        Receipts.Recorded recorded = receive("id:999999 stat:DELIVRD err:000");
        assertEquals(Optional.empty(), recorded.outboundId());
        assertEquals(1L, (long) db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM delivery_receipt WHERE outbound_id IS NULL AND state = 'DELIVRD'")));
    }

    @Test
    void aReceiptIsMatchedAlongTheIndexOfNormalIdsHoweverManyMessagesWereSent() {
        List<String> steps = db.read(c -> Jdbc.list(c, "EXPLAIN QUERY PLAN " + Receipts.matchQuery(2),
                row -> row.getString(4), "1f", "31"));
        String plan = String.join(" | ", steps);
        assertTrue(plan.contains("INDEX outbound_segment_by_normal_id"), plan);
    }

    /** A reply made at {@code createdAt} and not yet acknowledged by the SMSC: no parts stored. */
    private void queued(String outboundId, Instant createdAt) {
        db.write(c -> Jdbc.update(c, """
                INSERT INTO outbound_message (id, recipient, text, template, language, encoding, segments, state,
                                              created_at)
                VALUES (?, ?, 'Đã ghi nhận', 'sms.recorded', 'vi', 'UCS2', 1, 'QUEUED', ?)""",
                outboundId, HANDSET, createdAt));
    }

    /** What the outbox does when the SMSC's response comes; the message's delivery state after it. */
    private Optional<String> acknowledged(String outboundId, String smscMessageId, Instant at) {
        db.write(c -> {
            OutboundMessages.markSent(c, outboundId, List.of(smscMessageId), at);
            return null;
        });
        return deliveryState(outboundId);
    }

    @Test
    void aReceiptThatCameBeforeTheSubmitsResponseWasStoredIsMatchedWhenItIs() {
        queued("m5", NOW.minusSeconds(5));
        // The SMSC sent the receipt (the id in decimal) at once; the response (the id in hex) is stored after it.
        Receipts.Recorded early = receive("id:6699 sub:001 dlvrd:000 stat:UNDELIV err:001");
        assertEquals(Optional.empty(), early.outboundId());

        assertEquals(Optional.of("UNDELIV"), acknowledged("m5", "1A2B", NOW.plusSeconds(1)));
        assertEquals(Optional.of("UNDELIV"), deliveryState("m5"));
        assertEquals(0L, (long) db.read(c -> Jdbc.count(c, "SELECT count(*) FROM delivery_receipt WHERE outbound_id IS NULL")));
        // A later receipt for the same message is matched as usual.
        receive("id:1a2b stat:DELIVRD err:000");
        assertEquals(Optional.of("DELIVRD"), deliveryState("m5"));
    }

    @Test
    void anOlderUnmatchedReceiptForAnIdTheSmscUsesAgainIsLeftAlone() {
        receive("id:31 stat:DELIVRD err:000");
        queued("m6", NOW.plusSeconds(60));
        assertEquals(Optional.empty(), acknowledged("m6", "31", NOW.plusSeconds(61)));
        assertEquals(Optional.empty(), deliveryState("m6"));
        assertEquals(1L, (long) db.read(c -> Jdbc.count(c, "SELECT count(*) FROM delivery_receipt WHERE outbound_id IS NULL")));
    }

    @Test
    void anEarlierReceiptFromAnotherPhoneIsNotTakenEvenIfItsIdReadsTheSame() {
        queued("m7", NOW.minusSeconds(5));
        db.write(c -> Jdbc.update(c, "UPDATE outbound_message SET recipient = '+84987654321' WHERE id = 'm7'"));
        receive("id:16 stat:DELIVRD err:000");
        assertEquals(Optional.empty(), acknowledged("m7", "10", NOW.plusSeconds(1)), "hex 10 is decimal 16");
        assertEquals(Optional.empty(), deliveryState("m7"));
    }

    @Test
    void earlierReceiptsAreLookedUpAlongTheIndexOfUnmatchedOnes() {
        List<String> steps = db.read(c -> Jdbc.list(c, "EXPLAIN QUERY PLAN " + Receipts.earlierQuery(2),
                row -> row.getString(4), "1f", "31", "m1", "m1"));
        String plan = String.join(" | ", steps);
        assertTrue(plan.contains("INDEX delivery_receipt_unmatched"), plan);
    }
}
