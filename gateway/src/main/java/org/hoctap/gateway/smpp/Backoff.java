package org.hoctap.gateway.smpp;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th wait (from 0) is drawn from [b/2, b] where
 * b = min(initial × 2ⁿ, max), so that many clients that lost the same peer do not return together.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The wait before the next attempt; each call counts one more failure. */
    public Duration next() {
        Duration wait = delay(failures, initial, max, random);
        if (failures < 62) {
            failures++;
        }
        return wait;
    }

    /** Forgets past failures (after a success). */
    public void reset() {
        failures = 0;
    }

    /** The wait after {@code failures} failures, without state. */
    public static Duration delay(int failures, Duration initial, Duration max, RandomGenerator random) {
        long ceiling = max.toMillis();
        long base = initial.toMillis();
        for (int i = 0; i < failures && base < ceiling; i++) {
            base *= 2;
        }
        base = Math.min(base, ceiling);
        long half = base / 2;
        return Duration.ofMillis(half + (base - half == 0 ? 0 : random.nextLong(base - half + 1)));
    }
}
