package org.hoctap.gateway.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Folding;
import org.hoctap.shared.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the outbox holds back: too many replies to one number, the same text again, broadcasts at night. */
class OutboxGuardsTest {
    private static final String HANDSET = "+84912345678";
    /** 10:00 in Vietnam. */
    private static final Instant MORNING = Instant.parse("2026-11-23T03:00:00Z");

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("hoctap.db"));
        db.write(c -> Jdbc.update(c, """
                INSERT INTO inbound_message (id, sender, recipient, text, data_coding, received_at, state)
                VALUES ('mo-1', ?, '8055', 'HD', 0, ?, 'PROCESSED')""", HANDSET, MORNING));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Outbox outboxAt(Instant now) {
        return new Outbox(Folding.NEVER, Clock.fixed(now, ZoneOffset.UTC), new ReplyLimits(3, 2), QuietHours.VIETNAM);
    }

    private Optional<OutboundMessage> reply(Instant at, String text) {
        return db.write(c -> outboxAt(at).reply(c, HANDSET, "sms.help", Language.VI, text, "mo-1"));
    }

    @Test
    void aNumberGetsNoMoreThanItsRepliesInADay() {
        assertTrue(reply(MORNING, "một").isPresent());
        assertTrue(reply(MORNING.plusSeconds(60), "hai").isPresent());
        assertTrue(reply(MORNING.plusSeconds(120), "ba").isPresent());
        assertEquals(Optional.empty(), reply(MORNING.plusSeconds(180), "bốn"));
        assertTrue(reply(MORNING.plus(Duration.ofHours(25)), "năm").isPresent(), "a new day, new replies");
    }

    @Test
    void theSameTextGoesToANumberAtMostTwiceInHalfAnHour() {
        assertTrue(reply(MORNING, "Trợ giúp").isPresent());
        assertTrue(reply(MORNING.plusSeconds(60), "Trợ giúp").isPresent());
        assertEquals(Optional.empty(), reply(MORNING.plusSeconds(120), "Trợ giúp"));
        assertTrue(reply(MORNING.plus(Duration.ofMinutes(31)), "Trợ giúp").isPresent());
    }

    @Test
    void aBroadcastQueuedAtNightWaitsForTheMorning() {
        Instant night = Instant.parse("2026-11-23T16:00:00Z"); // 23:00 in Vietnam
        OutboundMessage queued = db.write(c -> outboxAt(night).broadcast(c, HANDSET, "sms.help", Language.VI,
                "Kết quả năm nay"));
        Instant nextSevenAm = Instant.parse("2026-11-24T00:00:00Z"); // 07:00 in Vietnam
        List<OutboundMessage> atMidnight = db.read(c -> OutboundMessages.queued(c, 10, night.plusSeconds(3600)));
        assertTrue(atMidnight.isEmpty(), "sent in quiet hours");
        List<OutboundMessage> atSeven = db.read(c -> OutboundMessages.queued(c, 10, nextSevenAm));
        assertEquals(List.of(queued.id()), atSeven.stream().map(OutboundMessage::id).toList());
    }

    @Test
    void aBroadcastInTheDayGoesAtOnceAndOneBeforeSevenWaitsUntilSeven() {
        assertEquals(Optional.empty(), QuietHours.VIETNAM.holdUntil(MORNING));
        Instant sixAm = Instant.parse("2026-11-22T23:00:00Z"); // 06:00 on the 23rd in Vietnam
        assertEquals(Optional.of(Instant.parse("2026-11-23T00:00:00Z")), QuietHours.VIETNAM.holdUntil(sixAm));
    }
}
