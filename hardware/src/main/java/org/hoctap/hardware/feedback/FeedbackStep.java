package org.hoctap.hardware.feedback;

import java.time.Duration;

/** What the buzzer and the two LEDs do for a moment of a pattern. */
record FeedbackStep(boolean buzzer, boolean green, boolean red, Duration lasting) {
    static FeedbackStep of(boolean buzzer, boolean green, boolean red, long millis) {
        return new FeedbackStep(buzzer, green, red, Duration.ofMillis(millis));
    }
}
