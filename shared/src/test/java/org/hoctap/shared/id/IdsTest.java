package org.hoctap.shared.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdsTest {
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @Test
    void idsAreVersion7WithTheRfcVariant() {
        Ids ids = new Ids(Clock.systemUTC());
        for (int i = 0; i < 1_000; i++) {
            UUID id = ids.next();
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            assertTrue(CANONICAL.matcher(id.toString()).matches(), id.toString());
        }
        assertTrue(CANONICAL.matcher(Ids.newId()).matches());
    }

    @Test
    void idsFromOneGeneratorStrictlyIncreaseAsTextAndAsNumbers() {
        assertStrictlyIncreasing(new Ids(Clock.systemUTC()), 100_000);
    }

    @Test
    void idsStillIncreaseWhenTheClockStandsStillOrGoesBack() {
        assertStrictlyIncreasing(new Ids(Clock.fixed(Instant.parse("2025-10-01T08:00:00Z"), ZoneOffset.UTC)),
                100_000);
        Ids ids = new Ids(new SteppingClock(Instant.parse("2025-10-01T08:00:00Z"), -1));
        assertStrictlyIncreasing(ids, 10_000);
    }

    @Test
    void theTimestampIsTheClocksMilliseconds() {
        Instant now = Instant.parse("2025-10-01T08:00:00.123Z");
        Ids ids = new Ids(Clock.fixed(now, ZoneOffset.UTC));
        assertEquals(now.toEpochMilli(), millisOf(ids.next()));

        long before = System.currentTimeMillis();
        UUID id = new Ids(Clock.systemUTC()).next();
        long after = System.currentTimeMillis();
        assertTrue(millisOf(id) >= before && millisOf(id) <= after, "timestamp " + millisOf(id));
    }

    private static void assertStrictlyIncreasing(Ids ids, int count) {
        UUID previous = ids.next();
        for (int i = 1; i < count; i++) {
            UUID next = ids.next();
            assertTrue(previous.toString().compareTo(next.toString()) < 0, previous + " then " + next);
            assertTrue(Long.compareUnsigned(previous.getMostSignificantBits(), next.getMostSignificantBits()) < 0);
            previous = next;
        }
    }

    private static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    /** A clock that moves by {@code stepMillis} each time it is read (negative: backwards). */
    private static final class SteppingClock extends Clock {
        private long millis;
        private final long stepMillis;

        SteppingClock(Instant start, long stepMillis) {
            this.millis = start.toEpochMilli();
            this.stepMillis = stepMillis;
        }

        @Override
        public long millis() {
            long now = millis;
            millis += stepMillis;
            return now;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
