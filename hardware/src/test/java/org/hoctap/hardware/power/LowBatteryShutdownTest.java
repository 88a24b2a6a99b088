package org.hoctap.hardware.power;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The low-battery and shut-down-button paths: the database is closed first, then the power goes, once. */
class LowBatteryShutdownTest {
    private final PowerOff powerOff = mock(PowerOff.class);
    private final Runnable closeDatabase = mock(Runnable.class);
    private final ShutdownSequence shutdown = new ShutdownSequence(powerOff);
    private final SimulatedBattery battery = new SimulatedBattery(Clock.systemUTC());
    private final LowBatteryGuard guard = new LowBatteryGuard(battery, 10, shutdown);

    LowBatteryShutdownTest() {
        shutdown.beforePowerOff(closeDatabase);
    }

    @Test
    void twoLowReadingsWithoutMainsCloseTheDatabaseThenPowerOff() throws Exception {
        battery.mains(false);
        battery.charge(9);
        guard.check();
        verify(powerOff, never()).powerOff(); // one odd reading is not enough
        guard.check();
        InOrder order = inOrder(closeDatabase, powerOff);
        order.verify(closeDatabase).run();
        order.verify(powerOff).powerOff();
        guard.check();
        verify(powerOff, times(1)).powerOff();
    }

    @Test
    void aLowBatteryOnMainsIsChargingAndShutsNothingDown() throws Exception {
        battery.charge(5);
        guard.check();
        guard.check();
        guard.check();
        verify(powerOff, never()).powerOff();
        assertFalse(shutdown.started());
    }

    @Test
    void aReadingAboveTheLevelInBetweenStartsTheCountAgain() throws Exception {
        battery.mains(false);
        battery.charge(10);
        guard.check();
        battery.charge(11);
        guard.check();
        battery.charge(10);
        guard.check();
        verify(powerOff, never()).powerOff();
        guard.check();
        verify(powerOff).powerOff();
    }

    @Test
    void noUpsNoShutdown() throws Exception {
        LowBatteryGuard mainsOnly = new LowBatteryGuard(PowerSource.NONE, 10, shutdown);
        mainsOnly.check();
        mainsOnly.check();
        verify(powerOff, never()).powerOff();
    }

    @Test
    void aFailingTaskBeforePowerOffDoesNotStopThePowerOff() throws Exception {
        ShutdownSequence withFailure = new ShutdownSequence(powerOff);
        withFailure.beforePowerOff(() -> {
            throw new IllegalStateException("disk gone");
        });
        withFailure.beforePowerOff(closeDatabase);
        assertTrue(withFailure.run("test"));
        verify(closeDatabase).run();
        verify(powerOff).powerOff();
        assertFalse(withFailure.run("again"));
    }

    @Test
    void theButtonHeldDownShutsDownAndAShortPressDoesNot() throws Exception {
        Context pi4j = Pi4J.newContextBuilder().add(MockDigitalInputProvider.newInstance()).build();
        try {
            MockDigitalInput pin = (MockDigitalInput) pi4j.create(DigitalInput.newConfigBuilder(pi4j).id("button")
                    .address(3).pull(PullResistance.PULL_UP).build());
            pin.mockState(DigitalState.HIGH);
            try (ShutdownButton button = new ShutdownButton(pin, Duration.ofMillis(200), shutdown)) {
                pin.mockState(DigitalState.LOW);
                Thread.sleep(50);
                pin.mockState(DigitalState.HIGH);
                Thread.sleep(400);
                verify(powerOff, never()).powerOff();

                pin.mockState(DigitalState.LOW);
                // the sequence runs on the button's timer: started() turns true before its steps run
                verify(closeDatabase, timeout(5_000)).run();
                verify(powerOff, timeout(5_000)).powerOff();
            }
        } finally {
            pi4j.shutdown();
        }
    }
}
