package org.hoctap.gateway.outbox;

/**
 * A token bucket for submit_sm that gives way when the SMSC says it is overwhelmed: {@link #slowDown()}
 * halves the rate, and it climbs back by a quarter every {@link #RECOVERY_NANOS} without complaint,
 * up to the operator's TPS. A burst of at most one second's worth is let through at once.
 */
final class SendRate {
    static final long RECOVERY_NANOS = 5_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final double max;
    private double rate;
    private double tokens;
    private long refilledAt = System.nanoTime();
    private long changedAt = refilledAt;
    private long slowedAt;

    SendRate(int tps) {
        this.max = tps;
        this.rate = tps;
        this.tokens = Math.min(tps, 1);
    }

    /** Waits until {@code parts} submit_sm may go. */
    synchronized void acquire(int parts) throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            recover(now);
            tokens = Math.min(Math.max(rate, 1), tokens + (now - refilledAt) * rate / SECOND);
            refilledAt = now;
            if (tokens >= parts || (tokens >= 1 && parts > rate)) {
                tokens -= parts;
                return;
            }
            double missing = Math.min(parts, Math.max(rate, 1)) - tokens;
            wait(Math.max(1, (long) (missing * 1000 / rate)));
        }
    }

    /**
     * The SMSC throttled us: halve the rate (not below one a second). Refusals of submits that were
     * already on their way when the first came count once: the rate halves at most once a second.
     */
    synchronized void slowDown() {
        long now = System.nanoTime();
        if (slowedAt != 0 && now - slowedAt < SECOND) {
            return;
        }
        rate = Math.max(1, rate / 2);
        tokens = Math.min(tokens, 0);
        changedAt = now;
        slowedAt = now;
    }

    /** Submits per second allowed now. */
    synchronized double current() {
        recover(System.nanoTime());
        return rate;
    }

    private void recover(long now) {
        if (rate < max && now - changedAt >= RECOVERY_NANOS) {
            rate = Math.min(max, rate * 1.25);
            changedAt = now;
        }
    }
}
