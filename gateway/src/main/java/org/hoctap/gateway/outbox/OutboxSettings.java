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
 */
public record OutboxSettings(int tps, int window, int batch, RetryPolicy retry, Duration validity,
        ReplyLimits limits) {
    public static final OutboxSettings DEFAULTS =
            new OutboxSettings(50, 10, 500, RetryPolicy.DEFAULT, Duration.ofHours(24), ReplyLimits.DEFAULTS);

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
    }

    public OutboxSettings withRate(int newTps, int newWindow) {
        return new OutboxSettings(newTps, newWindow, batch, retry, validity, limits);
    }

    public OutboxSettings withRetry(RetryPolicy newRetry) {
        return new OutboxSettings(tps, window, batch, newRetry, validity, limits);
    }

    public OutboxSettings withValidity(Duration newValidity) {
        return new OutboxSettings(tps, window, batch, retry, newValidity, limits);
    }

    public OutboxSettings withLimits(ReplyLimits newLimits) {
        return new OutboxSettings(tps, window, batch, retry, validity, newLimits);
    }
}
