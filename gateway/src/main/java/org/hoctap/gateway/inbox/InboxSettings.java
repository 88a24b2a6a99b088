package org.hoctap.gateway.inbox;

import java.time.Duration;
import java.util.Objects;
import org.hoctap.gateway.smpp.MoDecoding;

/**
 * How the inbox treats what arrives.
 *
 * @param decoding        how this SMSC writes MO text
 * @param duplicateWindow the same text from the same sender within this time is one message (the
 *                        SMSC redelivered it, or the bearer doubled it): recorded, answered once; zero
 *                        turns this off
 * @param partTimeout     a long MO whose parts have not all come after this time is assembled from
 *                        the parts that did, and marked incomplete
 * @param maxBatch        at most this many arrivals share one transaction
 */
public record InboxSettings(MoDecoding decoding, Duration duplicateWindow, Duration partTimeout, int maxBatch) {
    public static final InboxSettings DEFAULTS =
            new InboxSettings(MoDecoding.STANDARD, Duration.ofMinutes(10), Duration.ofMinutes(5), 500);

    public InboxSettings {
        Objects.requireNonNull(decoding, "decoding");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        Objects.requireNonNull(partTimeout, "partTimeout");
        if (duplicateWindow.isNegative() || partTimeout.isNegative() || partTimeout.isZero() || maxBatch < 1) {
            throw new IllegalArgumentException("windows must not be negative and the batch must hold one");
        }
    }

    public InboxSettings withDecoding(MoDecoding newDecoding) {
        return new InboxSettings(newDecoding, duplicateWindow, partTimeout, maxBatch);
    }

    public InboxSettings withPartTimeout(Duration timeout) {
        return new InboxSettings(decoding, duplicateWindow, timeout, maxBatch);
    }

    public InboxSettings withDuplicateWindow(Duration window) {
        return new InboxSettings(decoding, window, partTimeout, maxBatch);
    }
}
