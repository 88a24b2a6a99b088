package org.hoctap.hardware.power;

import com.pi4j.io.i2c.I2C;

/**
 * The INA219 current and voltage monitor found on UPS HATs, over I2C (TI datasheet SBOS448, 8.6):
 * 16-bit registers, most significant byte first. The current is worked out from the shunt voltage
 * and the board's shunt resistor, so the chip's calibration register is not needed.
 */
final class Ina219 {
    static final int SHUNT_VOLTAGE = 0x01;
    static final int BUS_VOLTAGE = 0x02;
    private static final double SHUNT_LSB_VOLTS = 10e-6;
    private static final double BUS_LSB_VOLTS = 4e-3;

    private final I2C device;
    private final double shuntOhms;

    Ina219(I2C device, double shuntOhms) {
        if (shuntOhms <= 0) {
            throw new IllegalArgumentException("a shunt resistor has a positive resistance: " + shuntOhms);
        }
        this.device = device;
        this.shuntOhms = shuntOhms;
    }

    /** The voltage on the bus (the battery's, on a UPS HAT). */
    double busVolts() {
        return (register(BUS_VOLTAGE) >>> 3) * BUS_LSB_VOLTS;
    }

    /** The current through the shunt; its sign says which way it flows. */
    double amps() {
        return (short) register(SHUNT_VOLTAGE) * SHUNT_LSB_VOLTS / shuntOhms;
    }

    private int register(int register) {
        byte[] word = new byte[2];
        int read = device.readRegister(register, word, 0, 2);
        if (read != 2) {
            throw new IllegalStateException("the INA219 gave " + read + " bytes for register " + register);
        }
        return (word[0] & 0xFF) << 8 | word[1] & 0xFF;
    }
}
