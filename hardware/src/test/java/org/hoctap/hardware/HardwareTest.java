package org.hoctap.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hoctap.hardware.card.CardSeen;
import org.hoctap.hardware.feedback.FeedbackPattern;
import org.hoctap.hardware.platform.Board;
import org.junit.jupiter.api.Test;

/** Off a Raspberry Pi the kiosk gets simulated parts that behave as the real ones would. */
class HardwareTest {
    @Test
    void offAPiEverythingIsSimulatedWhateverTheSettings() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Board.raspberryPi().isEmpty(), "this is a Raspberry Pi");
        try (Hardware hardware = Hardware.open(HardwareSettings.DEFAULTS, Clock.systemUTC())) {
            assertTrue(hardware.simulated().isPresent());
            assertEquals(List.of("simulated card reader, buzzer, LEDs and battery"), hardware.description());
        }
    }

    @Test
    void theSimulatedPartsCanBeDrivenAndWatched() {
        try (Hardware hardware = Hardware.simulated(Clock.systemUTC())) {
            SimulatedHardware sim = hardware.simulated().orElseThrow();
            List<CardSeen> seen = new ArrayList<>();
            hardware.reader().start(seen::add);
            sim.reader().present("04A1B2C3");
            assertEquals("04A1B2C3", seen.get(0).uid());

            hardware.feedback().signal(FeedbackPattern.UNKNOWN_CARD);
            assertEquals(FeedbackPattern.UNKNOWN_CARD, sim.feedback().last().orElseThrow().pattern());

            sim.battery().mains(false);
            sim.battery().charge(40);
            assertEquals(40, hardware.battery().orElseThrow().percent());
        }
    }

    @Test
    void aDrainedSimulatedBatteryRunsTheShutdownWithItsTasks() throws Exception {
        try (Hardware hardware = Hardware.simulated(Clock.systemUTC())) {
            BlockingQueue<String> done = new LinkedBlockingQueue<>();
            hardware.shutdown().beforePowerOff(() -> done.add("database closed"));
            SimulatedHardware sim = hardware.simulated().orElseThrow();
            sim.battery().mains(false);
            sim.battery().charge(5);
            hardware.watchBattery(Duration.ofMillis(20));
            // the sequence runs on the battery watch's thread: wait for its task, not for started()
            assertEquals("database closed", done.poll(5, TimeUnit.SECONDS));
            Thread.sleep(100);
            assertEquals(List.of(), List.copyOf(done), "the tasks ran more than once");
        }
    }
}
