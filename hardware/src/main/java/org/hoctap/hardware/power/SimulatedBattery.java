package org.hoctap.hardware.power;

import java.time.Clock;
import java.util.Optional;

/**
 * A battery for PCs and the demo: on mains and full until someone cuts the power or drains it (from
 * the demo's hardware page), so the low-battery shut-down can be seen without a UPS.
 */
public final class SimulatedBattery implements PowerSource {
    private final Clock clock;
    private int percent = 100;
    private boolean onMains = true;

    public SimulatedBattery(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<BatteryState> read() {
        double volts = 6.0 + 2.4 * percent / 100.0;
        return Optional.of(new BatteryState(percent, volts, onMains ? 0.3 : -0.8, onMains, clock.instant()));
    }

    public synchronized void mains(boolean on) {
        onMains = on;
    }

    /** Sets the charge (0–100 %). */
    public synchronized void charge(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a charge is 0 to 100 %: " + percent);
        }
        this.percent = percent;
    }
}
