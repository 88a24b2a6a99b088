package org.hoctap.hardware;

import java.time.Clock;
import org.hoctap.hardware.card.SimulatedCardReader;
import org.hoctap.hardware.feedback.SimulatedFeedback;
import org.hoctap.hardware.power.SimulatedBattery;

/** The simulated parts, for the demo's hardware page and tests to drive and watch. */
public record SimulatedHardware(SimulatedCardReader reader, SimulatedFeedback feedback, SimulatedBattery battery) {
    public static SimulatedHardware create(Clock clock) {
        return new SimulatedHardware(new SimulatedCardReader(clock), new SimulatedFeedback(clock),
                new SimulatedBattery(clock));
    }
}
