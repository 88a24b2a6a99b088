package org.hoctap.hardware.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A two-cell UPS HAT's INA219 on Pi4J's mock I2C, read as the kiosk's battery. */
class UpsBatteryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    private Context pi4j;
    private Ina219Model ina219;
    private UpsBattery battery;

    @BeforeEach
    void wire() {
        pi4j = Pi4J.newContextBuilder().add(new Ina219Model.Provider()).build();
        ina219 = (Ina219Model) pi4j.create(I2C.newConfigBuilder(pi4j).id("ups").bus(1).device(0x42).build());
        battery = new UpsBattery(ina219, UpsSettings.TWO_CELLS, CLOCK);
    }

    @AfterEach
    void shutDown() {
        pi4j.shutdown();
    }

    @Test
    void halfwayBetweenEmptyAndFullIsHalfChargedAndDischargingMeansNoMains() {
        ina219.battery(7.2, -0.85);
        BatteryState state = battery.read().orElseThrow();
        assertEquals(50, state.percent());
        assertEquals(7.2, state.volts(), 0.004);
        assertEquals(-0.85, state.amps(), 0.001);
        assertFalse(state.onMains());
    }

    @Test
    void chargingMeansMainsIsBack() {
        ina219.battery(8.0, 0.6);
        BatteryState state = battery.read().orElseThrow();
        assertEquals(83, state.percent());
        assertTrue(state.onMains());
    }

    @Test
    void voltagesBeyondTheRangeAreEmptyAndFull() {
        ina219.battery(8.6, 0);
        assertEquals(100, battery.read().orElseThrow().percent());
        ina219.battery(5.4, -0.9);
        assertEquals(0, battery.read().orElseThrow().percent());
    }

    @Test
    void aFailedReadIsNoReadingNotACrash() {
        ina219.breakDown();
        assertEquals(Optional.empty(), battery.read());
    }

    @Test
    void settingsThatMakeNoSenseAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UpsSettings(1, 0x42, 0.1, 8.4, 6.0, false, 10));
        assertThrows(IllegalArgumentException.class, () -> new UpsSettings(1, 0x42, 0.1, 6.0, 8.4, false, 120));
    }

    @Test
    void aBoardWiredTheOtherWayRoundIsReadTheOtherWayRound() {
        UpsBattery reversed = new UpsBattery(ina219, new UpsSettings(1, 0x42, 0.1, 6.0, 8.4, false, 10), CLOCK);
        ina219.battery(7.2, -0.85); // this board reads charging as negative
        assertTrue(reversed.read().orElseThrow().onMains());
    }
}
