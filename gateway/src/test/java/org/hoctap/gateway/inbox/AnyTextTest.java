package org.hoctap.gateway.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.hoctap.gateway.inbox.InboundProcessor.Outcome;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.gateway.outbox.QuietHours;
import org.hoctap.gateway.outbox.ReplyLimits;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.people.People;
import org.hoctap.shared.text.Folding;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever a registered phone sends, up to a long concatenated SMS of any Unicode: the message is
 * processed (never FAILED) and answered, unless the silence is deliberate (the phone stopped
 * messages and did not ask anything).
 */
class AnyTextTest extends ProcessorTestBase {
    /** What an opted-out phone is not answered for: reports and what was not understood. */
    private static final Set<Outcome> SILENT_WHEN_STOPPED = EnumSet.of(Outcome.RECORDED, Outcome.RECORDED_PARTLY,
            Outcome.UNKNOWN_CODE, Outcome.UNKNOWN_MEMBER, Outcome.UNPARSED);
    private static final String PIECES = "12 13 x3 #2 , . - + ; HT DK QC0004 OK KQ NN VIET MONG HUY TC NL HD ? "
            + "đ Đ ạ ế １２ ٣ \u200B \uFEFF 99 0 7 abc 😀 ꪀꪁ ";

    @BeforeEach
    void withoutReplyLimits() {
        Clock clock = Clock.systemUTC();
        Outbox outbox = new Outbox(Folding.WHEN_CHEAPER, clock,
                new ReplyLimits(Integer.MAX_VALUE, Integer.MAX_VALUE), QuietHours.VIETNAM);
        processor = new InboundProcessor(db, Templates.load(Optional.empty()), outbox, SHORT_CODE, clock,
                RuleSets.shipped());
    }

    @Test
    void everyTextIsProcessedAndAnsweredOrDeliberatelyNot() {
        Random random = new Random(20261122);
        String[] words = PIECES.split(" ");
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 40 == 0 ? 400 : 8);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(6) == 0) {
                    text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                } else {
                    text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
                }
            }
            boolean stoppedBefore = db.read(c -> People.phone(c, phone)).orElseThrow().optedOut();
            String id = store(phone, text.toString());
            Outcome outcome = processor.process(id);
            assertNotNull(outcome);
            assertEquals(InboundState.PROCESSED, state(id), "processed: " + text);
            boolean silent = stoppedBefore && SILENT_WHEN_STOPPED.contains(outcome);
            assertEquals(silent ? 0 : 1, replies(id).size(), outcome + " for '" + text + "'");
        }
    }
}
