package org.hoctap.kiosk;

import java.time.Clock;
import org.hoctap.hardware.card.CardReader;
import org.hoctap.hardware.card.SimulatedCardReader;
import org.hoctap.hardware.feedback.Feedback;
import org.hoctap.hardware.feedback.SimulatedFeedback;

/** The kiosk's card reader and its buzzer and lights: a Pi's own, or simulated ones on a PC. */
public record KioskHardware(CardReader reader, Feedback feedback) {
    /** A simulated reader and simulated feedback, as on a PC, in the demo and in tests. */
    public static KioskHardware simulated(Clock clock) {
        return new KioskHardware(new SimulatedCardReader(clock), new SimulatedFeedback());
    }
}
