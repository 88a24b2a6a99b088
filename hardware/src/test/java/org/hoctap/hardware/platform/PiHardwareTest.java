package org.hoctap.hardware.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalInputProviderBase;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalOutputProviderBase;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.provider.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hoctap.hardware.Hardware;
import org.hoctap.hardware.HardwareSettings;
import org.hoctap.hardware.card.CardSeen;
import org.hoctap.hardware.card.mfrc522.ChipModel;
import org.hoctap.hardware.feedback.FeedbackPattern;
import org.hoctap.hardware.power.BatteryState;
import org.hoctap.hardware.power.Ina219Model;
import org.hoctap.hardware.power.PowerOff;
import org.hoctap.hardware.power.ShutdownSequence;
import org.hoctap.hardware.power.UpsSettings;
import org.junit.jupiter.api.Test;

/**
 * A Pi's hardware set up as on a Raspberry Pi, on a Pi4J context whose providers carry the ids the
 * kiosk pins (linuxfs SPI and I2C, gpiod GPIO) but are models of the chips: the reader reads a card,
 * the LEDs light, the battery is read; a part whose provider is missing is left out.
 */
class PiHardwareTest {
    private static final HardwareSettings SETTINGS = new HardwareSettings(HardwareSettings.ReaderKind.MFRC522,
            Optional.empty(), 0, 0, OptionalInt.of(25), Duration.ofSeconds(2),
            Optional.of(new HardwareSettings.FeedbackPins(17, 27, 22)), Optional.of(UpsSettings.TWO_CELLS),
            OptionalInt.of(3), false);

    @Test
    void everyPartOnItsPinnedProviderWorks() throws Exception {
        Context pi4j = Pi4J.newContextBuilder().add(ChipModel.providerNamed("linuxfs-spi"),
                Ina219Model.providerNamed("linuxfs-i2c"), outputs("gpiod-digital-output"),
                inputs("gpiod-digital-input")).build();
        try (Hardware hardware = PiHardware.open(pi4j, "Raspberry Pi 4 Model B Rev 1.5", SETTINGS,
                Clock.systemUTC(), new ShutdownSequence(mock(PowerOff.class)))) {
            assertEquals(List.of("Raspberry Pi 4 Model B Rev 1.5",
                    "MFRC522 card reader on /dev/spidev0.0, reset on GPIO 25",
                    "buzzer on GPIO 17, green LED on 27, red LED on 22",
                    "UPS monitor INA219 on I2C bus 1 at 0x42; shut down at 10 %",
                    "shut-down button on GPIO 3 (hold 3 s)"), hardware.description());

            List<CardSeen> seen = new CopyOnWriteArrayList<>();
            hardware.reader().start(seen::add);
            ChipModel chip = pi4j.io("card-reader");
            chip.putCard(HexFormat.of().parseHex("04A1B2C3"));
            waitFor(() -> !seen.isEmpty());
            assertEquals("04A1B2C3", seen.get(0).uid());

            hardware.feedback().signal(FeedbackPattern.SUCCESS);
            DigitalOutput green = pi4j.io("led-green");
            waitFor(green::isHigh);

            Ina219Model ups = pi4j.io("ups");
            ups.battery(6.6, -0.7);
            BatteryState battery = hardware.battery().orElseThrow();
            assertEquals(25, battery.percent());
            assertFalse(battery.onMains());
        }
        assertTrue(pi4j.isShutdown(), "the Pi4J context is shut down with the hardware");
    }

    @Test
    void aPartThatCannotBeSetUpIsLeftOutAndTheRestWorks() {
        Context pi4j = Pi4J.newContextBuilder().add(ChipModel.providerNamed("linuxfs-spi"),
                outputs("gpiod-digital-output"), inputs("gpiod-digital-input")).build(); // no I2C
        try (Hardware hardware = PiHardware.open(pi4j, "Raspberry Pi 5 Model B Rev 1.0", SETTINGS,
                Clock.systemUTC(), new ShutdownSequence(mock(PowerOff.class)))) {
            List<String> lines = new ArrayList<>(hardware.description());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("UPS NOT set up")), lines.toString());
            assertTrue(lines.contains("MFRC522 card reader on /dev/spidev0.0, reset on GPIO 25"), lines.toString());
            assertEquals(Optional.empty(), hardware.battery());
        }
    }

    private static Provider<?, ?, ?> outputs(String id) {
        return new DigitalOutputProviderBase(id, "GPIO output model") {
            @Override
            public DigitalOutput create(DigitalOutputConfig config) {
                MockDigitalOutput output = new MockDigitalOutput(this, config);
                context().registry().add(output);
                return output;
            }
        };
    }

    private static Provider<?, ?, ?> inputs(String id) {
        return new DigitalInputProviderBase(id, "GPIO input model") {
            @Override
            public DigitalInput create(DigitalInputConfig config) {
                MockDigitalInput input = new MockDigitalInput(this, config);
                context().registry().add(input);
                return input;
            }
        };
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "not within 5 s");
    }
}
