package org.hoctap.gateway.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox sends.
 *
 * @param tps      submit_sm per second the operator allows (each part of a long message counts)
 * @param window   submit_sm awaiting their response at once
 * @param batch    queued messages claimed per read of the outbox
 * @param retry    how refused or unanswered messages are tried again
 * @param validity a message not sent within this time after it was queued is given up (FAILED,
 *                 "expired"): a reply that arrives a day late is worse than none
 * @param limits   how much one number is answered
 * @param price    what the operator charges for one SMS part, in đồng, for the cost shown before a
 *                 broadcast (350 by default: set it to the contract's)
 */
public record OutboxSettings(int tps, int window, int batch, RetryPolicy retry, Duration validity,
        ReplyLimits limits, long price) {
    public static final OutboxSettings DEFAULTS =
            new OutboxSettings(50, 10, 500, RetryPolicy.DEFAULT, Duration.ofHours(24), ReplyLimits.DEFAULTS, 350);

    public OutboxSettings {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(limits, "limits");
        if (tps < 1 || window < 1 || batch < 1) {
            throw new IllegalArgumentException("tps, window and batch must be at least 1");
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("the validity period must be positive");
        }
        if (price < 0) {
            throw new IllegalArgumentException("the price of an SMS part must not be negative");
        }
    }

    public OutboxSettings withRate(int newTps, int newWindow) {
        return new OutboxSettings(newTps, newWindow, batch, retry, validity, limits, price);
    }

    public OutboxSettings withRetry(RetryPolicy newRetry) {
        return new OutboxSettings(tps, window, batch, newRetry, validity, limits, price);
    }

    public OutboxSettings withValidity(Duration newValidity) {
        return new OutboxSettings(tps, window, batch, retry, newValidity, limits, price);
    }

    public OutboxSettings withPrice(long newPrice) {
        return new OutboxSettings(tps, window, batch, retry, validity, limits, newPrice);
    }

    public OutboxSettings withLimits(ReplyLimits newLimits) {
        return new OutboxSettings(tps, window, batch, retry, validity, newLimits, price);
    }
}
