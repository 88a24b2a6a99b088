package org.hoctap.hardware.feedback;

import java.util.List;

/**
 * What the buzzer and LEDs say after a tap, told apart without reading: one beep and green for
 * checked in; two short beeps and green blinking for "already"; a long beep and red for an unknown
 * card; three beeps and red blinking for an error.
 */
public enum FeedbackPattern {
    SUCCESS(List.of(
            FeedbackStep.of(true, true, false, 150),
            FeedbackStep.of(false, true, false, 850))),
    ALREADY_CHECKED_IN(List.of(
            FeedbackStep.of(true, true, false, 100),
            FeedbackStep.of(false, false, false, 100),
            FeedbackStep.of(true, true, false, 100),
            FeedbackStep.of(false, true, false, 700))),
    UNKNOWN_CARD(List.of(
            FeedbackStep.of(true, false, true, 600),
            FeedbackStep.of(false, false, true, 900))),
    ERROR(List.of(
            FeedbackStep.of(true, false, true, 100),
            FeedbackStep.of(false, false, false, 100),
            FeedbackStep.of(true, false, true, 100),
            FeedbackStep.of(false, false, false, 100),
            FeedbackStep.of(true, false, true, 100),
            FeedbackStep.of(false, false, true, 500)));

    private final List<FeedbackStep> steps;

    FeedbackPattern(List<FeedbackStep> steps) {
        this.steps = steps;
    }

    /** The steps, after which everything is off. */
    List<FeedbackStep> steps() {
        return steps;
    }
}
