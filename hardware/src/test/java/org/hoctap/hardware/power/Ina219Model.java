package org.hoctap.hardware.power;

import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.io.i2c.I2CProvider;
import com.pi4j.io.i2c.I2CProviderBase;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProviderImpl;

/** Pi4J's mock I2C device answering as an INA219 does, with the voltages a test sets. */
public final class Ina219Model extends MockI2C {
    static final class Provider extends MockI2CProviderImpl {
        @Override
        public I2C create(I2CConfig config) {
            return new Ina219Model(this, config);
        }
    }

    private volatile double busVolts;
    private volatile double shuntVolts;
    private volatile boolean broken;

    /** A provider of INA219 models under another provider's id (e.g. {@code linuxfs-i2c}, as on a Pi). */
    public static I2CProvider providerNamed(String id) {
        return new I2CProviderBase(id, "INA219 model") {
            @Override
            public I2C create(I2CConfig config) {
                Ina219Model model = new Ina219Model(this, config);
                context().registry().add(model);
                return model;
            }
        };
    }

    private Ina219Model(I2CProvider provider, I2CConfig config) {
        super(provider, config);
    }

    /** The battery's voltage and the current through a 0.1 Ω shunt (negative: discharging). */
    public void battery(double volts, double amps) {
        busVolts = volts;
        shuntVolts = amps * 0.1;
    }

    void breakDown() {
        broken = true;
    }

    @Override
    public int readRegister(int register, byte[] buffer, int offset, int length) {
        if (broken) {
            throw new com.pi4j.io.exception.IOException("I2C read failed: remote I/O error");
        }
        int word = switch (register) {
            case Ina219.BUS_VOLTAGE -> (int) Math.round(busVolts / 4e-3) << 3 | 0b10; // conversion ready
            case Ina219.SHUNT_VOLTAGE -> (int) Math.round(shuntVolts / 10e-6) & 0xFFFF;
            default -> 0;
        };
        buffer[offset] = (byte) (word >>> 8);
        buffer[offset + 1] = (byte) word;
        return 2;
    }
}
