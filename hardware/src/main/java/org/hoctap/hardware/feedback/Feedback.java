package org.hoctap.hardware.feedback;

/** Buzzer and LEDs. Implementations: simulated now, Pi GPIO later. */
public interface Feedback {
    void signal(FeedbackPattern pattern);
}
