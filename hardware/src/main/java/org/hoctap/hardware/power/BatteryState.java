package org.hoctap.hardware.power;

import java.time.Instant;

/**
 * The UPS battery as last read: charge in percent (estimated from the voltage), the battery's
 * voltage, the current (positive while charging) and whether mains power is feeding it.
 */
public record BatteryState(int percent, double volts, double amps, boolean onMains, Instant at) {
    public BatteryState {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a charge is 0 to 100 %: " + percent);
        }
    }
}
