package org.hoctap.gateway.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.outbox.OutboundMessage;
import org.hoctap.gateway.outbox.OutboundMessages;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions of inbound processing, on a real seeded database (no SMPP here). */
class InboundProcessorTest extends ProcessorTestBase {

    @Test
    void aReportRecordsAndQueuesOneReply() {
        String id = store(phone, "12x3 13");
        assertEquals(InboundProcessor.Outcome.RECORDED, processor.process(id));
        assertEquals(2, activitiesOf(id));
        List<OutboundMessage> replies = replies(id);
        assertEquals(1, replies.size());
        assertEquals("sms.recorded", replies.get(0).template());
        assertEquals(Language.VI, replies.get(0).language());
        assertTrue(replies.get(0).text().contains("đọc sách, báo x3"), replies.get(0).text());
        assertTrue(replies.get(0).text().contains(" 4 hoạt động"), "the year's total: " + replies.get(0).text());
        assertEquals(InboundState.PROCESSED, state(id));
    }

    @Test
    void processingTwiceDoesNothingTheSecondTime() {
        String id = store(phone, "12");
        processor.process(id);
        assertEquals(InboundProcessor.Outcome.ALREADY_DONE, processor.process(id));
        assertEquals(1, activitiesOf(id));
        assertEquals(1, replies(id).size());
    }

    @Test
    void aKnownAndAnUnknownCodeTogetherRecordTheKnownOneAndNameTheOther() {
        String id = store(phone, "12 19 55");
        assertEquals(InboundProcessor.Outcome.RECORDED_PARTLY, processor.process(id));
        assertEquals(1, activitiesOf(id));
        OutboundMessage reply = replies(id).get(0);
        assertEquals("sms.recorded_partly", reply.template());
        assertTrue(reply.text().contains("19, 55") && reply.text().contains("đọc sách, báo"), reply.text());
    }

    @Test
    void onlyUnknownCodesRecordNothingAndNameTheClosest() {
        String id = store(phone, "19");
        assertEquals(InboundProcessor.Outcome.UNKNOWN_CODE, processor.process(id));
        assertEquals(0, activitiesOf(id));
        OutboundMessage reply = replies(id).get(0);
        assertEquals("sms.unknown_code", reply.template());
        assertTrue(reply.text().contains("19") && reply.text().contains("17 hoặc 16"), reply.text());
    }

    @Test
    void textOutsideTheGrammarGetsHelp() {
        String id = store(phone, "xin chào");
        assertEquals(InboundProcessor.Outcome.UNPARSED, processor.process(id));
        assertEquals("sms.help", replies(id).get(0).template());
    }

    @Test
    void automatedSendersAreNeverAnswered() {
        for (String sender : List.of("VIETTEL", "9029", SHORT_CODE)) {
            String id = store(sender, "12");
            assertEquals(InboundProcessor.Outcome.NOT_REGISTERED, processor.process(id));
            assertEquals(List.of(), replies(id), sender);
            assertEquals(InboundState.PROCESSED, state(id));
        }
    }

    @Test
    void anOptedOutPhoneIsRecordedButOnlyAnsweredWhenItAsksForHelp() {
        db.write(c -> Jdbc.update(c, "UPDATE phone SET opted_out = 1 WHERE e164 = ?", phone));
        String report = store(phone, "12");
        assertEquals(InboundProcessor.Outcome.RECORDED, processor.process(report));
        assertEquals(1, activitiesOf(report));
        assertEquals(List.of(), replies(report));

        String help = store(phone, "HD");
        assertEquals(InboundProcessor.Outcome.HELP, processor.process(help));
        assertEquals("sms.help", replies(help).get(0).template());
    }

    @Test
    void anUnexpectedFailureMarksTheMessageFailed() {
        String id = store(phone, "12");
        db.write(c -> Jdbc.update(c, "UPDATE activity_type SET active = 0"));
        processor.processBatch(List.of(id)); // an empty catalogue: there is no closest code to name
        assertEquals(InboundState.FAILED, state(id));
        assertEquals(List.of(), replies(id));
    }

    @Test
    void aBatchActsOnEachWaitingMessageOnceWhateverItIsGiven() {
        String done = store(phone, "13");
        processor.process(done);
        String waiting = store(phone, "12");
        processor.processBatch(List.of(waiting, done, waiting));
        assertEquals(InboundState.PROCESSED, state(waiting));
        assertEquals(1, replies(waiting).size(), "answered once");
        assertEquals(1, replies(done).size(), "not answered again");
        assertEquals(1L, (long) db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM activity WHERE source_message_id = ?", waiting)), "recorded once");
    }
}
