package org.hoctap.gateway.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void doublesFromOneSecondToAMinuteWithJitter() {
        Backoff backoff = new Backoff(SECOND, MINUTE, new SplittableRandom(7));
        long[] ceilings = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000};
        for (long ceiling : ceilings) {
            long wait = backoff.next().toMillis();
            assertTrue(wait >= ceiling / 2 && wait <= ceiling, wait + " outside [" + ceiling / 2 + ", " + ceiling + "]");
        }
    }

    @Test
    void resetStartsOver() {
        Backoff backoff = new Backoff(SECOND, MINUTE, new SplittableRandom(7));
        for (int i = 0; i < 10; i++) {
            backoff.next();
        }
        backoff.reset();
        assertTrue(backoff.next().toMillis() <= 1_000);
    }

    @Test
    void jitterSpreadsTheWaits() {
        SplittableRandom random = new SplittableRandom(1);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 200; i++) {
            long wait = Backoff.delay(3, SECOND, MINUTE, random).toMillis();
            min = Math.min(min, wait);
            max = Math.max(max, wait);
        }
        assertTrue(max - min > 2_000, "waits barely vary: " + min + "…" + max);
    }

    @Test
    void manyFailuresStayAtTheCeiling() {
        assertEquals(60_000, Backoff.delay(10_000, SECOND, MINUTE, new SplittableRandom(1)).toMillis(), 30_000);
    }
}
