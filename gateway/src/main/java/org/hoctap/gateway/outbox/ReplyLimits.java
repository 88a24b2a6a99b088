package org.hoctap.gateway.outbox;

import java.time.Duration;

/**
 * How much the gateway answers one number, so that a phone stuck in a loop with us (or someone
 * sending the same thing again and again) does not cost the association a fortune in SMS.
 *
 * @param perNumberPerDay  replies to one number in 24 hours
 * @param sameTextRepeats  times the same text may go to the same number within {@link #SAME_TEXT_WINDOW}
 */
public record ReplyLimits(int perNumberPerDay, int sameTextRepeats) {
    public static final Duration DAY = Duration.ofHours(24);
    public static final Duration SAME_TEXT_WINDOW = Duration.ofMinutes(30);
    public static final ReplyLimits DEFAULTS = new ReplyLimits(30, 2);

    public ReplyLimits {
        if (perNumberPerDay < 1 || sameTextRepeats < 1) {
            throw new IllegalArgumentException("reply limits must allow at least one reply");
        }
    }
}
