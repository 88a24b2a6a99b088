package org.hoctap.hardware.feedback;

/** What the buzzer and LEDs say after a tap. */
public enum FeedbackPattern {
    SUCCESS, ALREADY_CHECKED_IN, UNKNOWN_CARD, ERROR
}
