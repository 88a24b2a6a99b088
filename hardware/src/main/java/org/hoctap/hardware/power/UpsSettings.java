package org.hoctap.hardware.power;

/**
 * How a UPS HAT is built: I2C bus and address of its INA219, shunt resistor, the battery's empty and
 * full voltages, which way the current flows when charging, and the charge at which the kiosk shuts
 * down. The defaults fit the common two-cell boards (INA219 at 0x42 on bus 1, 0.1 Ω, 6.0–8.4 V).
 */
public record UpsSettings(int bus, int address, double shuntOhms, double emptyVolts, double fullVolts,
        boolean chargingIsPositive, int shutdownPercent) {
    public static final UpsSettings TWO_CELLS = new UpsSettings(1, 0x42, 0.1, 6.0, 8.4, true, 10);

    public UpsSettings {
        if (fullVolts <= emptyVolts) {
            throw new IllegalArgumentException("the full voltage must be above the empty one: " + emptyVolts
                    + " V to " + fullVolts + " V");
        }
        if (shutdownPercent < 0 || shutdownPercent > 100) {
            throw new IllegalArgumentException("the shut-down charge is 0 to 100 %: " + shutdownPercent);
        }
    }

    /** The charge for a battery voltage, 0–100 %, on a straight line between empty and full. */
    int percentAt(double volts) {
        double fraction = (volts - emptyVolts) / (fullVolts - emptyVolts);
        return (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    }
}
