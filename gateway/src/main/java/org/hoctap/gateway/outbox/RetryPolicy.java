package org.hoctap.gateway.outbox;

import java.time.Duration;

/**
 * How often and how patiently a refused or unanswered MT is tried again: the wait after the n-th
 * failed attempt is drawn from [b/2, b] with b = min(first × 2ⁿ⁻¹, longest); after {@code maxAttempts}
 * the message is FAILED.
 */
public record RetryPolicy(int maxAttempts, Duration first, Duration longest) {
    /** 5 attempts, waiting 2 s doubling up to 5 min. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("waits must be positive and longest >= first");
        }
    }
}
