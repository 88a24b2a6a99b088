package org.hoctap.hardware.power;

import com.pi4j.io.i2c.I2C;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A UPS HAT's battery read through its INA219. The charge is estimated from the voltage between
 * {@code emptyVolts} and {@code fullVolts} (for two 18650 cells in series, 6.0 and 8.4 V); the
 * current's sign says whether mains power is charging it ({@code chargingIsPositive} as the board
 * is wired).
 */
public final class UpsBattery implements PowerSource {
    private static final Logger log = LoggerFactory.getLogger(UpsBattery.class);
    /** Below this current either way the battery is full and on mains, or barely used. */
    private static final double CHARGING_AMPS = 0.02;

    private final Ina219 monitor;
    private final UpsSettings settings;
    private final Clock clock;

    public UpsBattery(I2C device, UpsSettings settings, Clock clock) {
        this.monitor = new Ina219(device, settings.shuntOhms());
        this.settings = settings;
        this.clock = clock;
    }

    /** Synchronized: the battery watch and the kiosk's page both read it, and I2C takes one at a time. */
    @Override
    public synchronized Optional<BatteryState> read() {
        try {
            double volts = monitor.busVolts();
            double amps = monitor.amps() * (settings.chargingIsPositive() ? 1 : -1);
            return Optional.of(new BatteryState(settings.percentAt(volts), volts, amps, amps > -CHARGING_AMPS,
                    clock.instant()));
        } catch (RuntimeException e) {
            log.warn("could not read the UPS battery: {}", e.toString());
            return Optional.empty();
        }
    }
}
