package org.hoctap.hardware.platform;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.io.i2c.I2C;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiChipSelect;
import com.pi4j.io.spi.SpiMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoctap.hardware.Hardware;
import org.hoctap.hardware.HardwareSettings;
import org.hoctap.hardware.HardwareSettings.ReaderKind;
import org.hoctap.hardware.card.CardReader;
import org.hoctap.hardware.card.DebouncedCardReader;
import org.hoctap.hardware.card.NoCardReader;
import org.hoctap.hardware.card.keyboard.KeyboardCardReader;
import org.hoctap.hardware.card.mfrc522.Mfrc522Reader;
import org.hoctap.hardware.feedback.Feedback;
import org.hoctap.hardware.feedback.GpioFeedback;
import org.hoctap.hardware.power.PowerSource;
import org.hoctap.hardware.power.ShutdownButton;
import org.hoctap.hardware.power.ShutdownSequence;
import org.hoctap.hardware.power.UpsBattery;
import org.hoctap.hardware.power.UpsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up a Raspberry Pi's hardware through Pi4J, each part on a provider named rather than ranked:
 * SPI and I2C by the kernel's devices ({@code linuxfs}), GPIO by the kernel's character device
 * ({@code gpiod}); none needs root and all work on a Pi 5. A part that cannot be set up is left out with a warning: the kiosk still
 * checks people in from the screen.
 */
public final class PiHardware {
    private static final Logger log = LoggerFactory.getLogger(PiHardware.class);
    private static final int SPI_HZ = 1_000_000;
    private static final String SPI = "linuxfs-spi";
    private static final String I2C_BUS = "linuxfs-i2c";
    private static final String GPIO_OUTPUT = "gpiod-digital-output";
    private static final String GPIO_INPUT = "gpiod-digital-input";

    private final Context pi4j;
    private final HardwareSettings settings;
    private final Clock clock;
    private final List<String> description = new ArrayList<>();

    private PiHardware(Context pi4j, HardwareSettings settings, Clock clock) {
        this.pi4j = pi4j;
        this.settings = settings;
        this.clock = clock;
    }

    public static Hardware open(String board, HardwareSettings settings, Clock clock, ShutdownSequence shutdown) {
        return open(Pi4J.newAutoContext(), board, settings, clock, shutdown);
    }

    /** The same on a given Pi4J context (tests give one whose providers are models of the chips). */
    static Hardware open(Context pi4j, String board, HardwareSettings settings, Clock clock,
            ShutdownSequence shutdown) {
        PiHardware pi = new PiHardware(pi4j, settings, clock);
        pi.description.add(board);
        CardReader reader = new DebouncedCardReader(pi.reader(), settings.debounce());
        Feedback feedback = pi.feedback();
        PowerSource power = pi.power();
        List<AutoCloseable> parts = new ArrayList<>();
        if (feedback instanceof GpioFeedback gpio) {
            parts.add(gpio);
        }
        pi.shutdownButton(shutdown).ifPresent(parts::add);
        parts.add(0, pi4j::shutdown); // closed last
        pi.description.forEach(line -> log.info("hardware: {}", line));
        return new Hardware(reader, feedback, power, settings.ups().map(UpsSettings::shutdownPercent).orElse(0),
                shutdown, Optional.empty(), pi.description, parts);
    }

    private CardReader reader() {
        ReaderKind kind = settings.reader();
        Optional<Path> keyboard = settings.keyboardDevice().or(() -> KeyboardReaders.find().stream().findFirst());
        Path spiDevice = Path.of("/dev/spidev" + settings.spiBus() + "." + settings.spiChipSelect());
        if (kind == ReaderKind.AUTO) {
            kind = keyboard.isPresent() ? ReaderKind.KEYBOARD
                    : Files.exists(spiDevice) ? ReaderKind.MFRC522 : ReaderKind.NONE;
        }
        try {
            switch (kind) {
                case KEYBOARD -> {
                    Path device = keyboard.orElseThrow(() -> new IllegalStateException(
                            "no USB card reader found in " + KeyboardReaders.BY_ID));
                    description.add("USB card reader " + device);
                    return new KeyboardCardReader(device, clock);
                }
                case MFRC522 -> {
                    Spi spi = pi4j.create(Spi.newConfigBuilder(pi4j).id("card-reader").bus(settings.spiBus())
                            .chipSelect(SpiChipSelect.getByNumber(settings.spiChipSelect())).mode(SpiMode.MODE_0)
                            .baud(SPI_HZ).provider(SPI).build());
                    Optional<DigitalOutput> reset = settings.readerResetPin().isPresent()
                            ? Optional.of(output("card-reader-reset", settings.readerResetPin().getAsInt(),
                                    DigitalState.HIGH))
                            : Optional.empty();
                    description.add("MFRC522 card reader on " + spiDevice
                            + reset.map(r -> ", reset on GPIO " + settings.readerResetPin().getAsInt()).orElse(""));
                    return new Mfrc522Reader(spi, reset, clock);
                }
                default -> {
                    description.add("no card reader: check-in from the screen only");
                    return new NoCardReader();
                }
            }
        } catch (RuntimeException e) {
            log.warn("the card reader could not be set up: {}", e.getMessage());
            description.add("card reader NOT set up: " + e.getMessage());
            return new NoCardReader();
        }
    }

    private Feedback feedback() {
        if (settings.feedbackPins().isEmpty()) {
            description.add("no buzzer or LEDs");
            return pattern -> { };
        }
        HardwareSettings.FeedbackPins pins = settings.feedbackPins().get();
        try {
            GpioFeedback feedback = new GpioFeedback(output("buzzer", pins.buzzer(), DigitalState.LOW),
                    output("led-green", pins.green(), DigitalState.LOW), output("led-red", pins.red(), DigitalState.LOW));
            description.add("buzzer on GPIO " + pins.buzzer() + ", green LED on " + pins.green() + ", red LED on "
                    + pins.red());
            return feedback;
        } catch (RuntimeException e) {
            log.warn("the buzzer and LEDs could not be set up: {}", e.getMessage());
            description.add("buzzer and LEDs NOT set up: " + e.getMessage());
            return pattern -> { };
        }
    }

    private PowerSource power() {
        if (settings.ups().isEmpty()) {
            description.add("no UPS: mains power only");
            return PowerSource.NONE;
        }
        UpsSettings ups = settings.ups().get();
        try {
            I2C device = pi4j.create(I2C.newConfigBuilder(pi4j).id("ups").bus(ups.bus()).device(ups.address())
                    .provider(I2C_BUS).build());
            description.add(String.format(java.util.Locale.ROOT, "UPS monitor INA219 on I2C bus %d at 0x%02X; shut down at %d %%", ups.bus(),
                    ups.address(), ups.shutdownPercent()));
            return new UpsBattery(device, ups, clock);
        } catch (RuntimeException e) {
            log.warn("the UPS could not be set up: {}", e.getMessage());
            description.add("UPS NOT set up: " + e.getMessage());
            return PowerSource.NONE;
        }
    }

    private Optional<ShutdownButton> shutdownButton(ShutdownSequence shutdown) {
        if (settings.shutdownButtonPin().isEmpty()) {
            return Optional.empty();
        }
        int pin = settings.shutdownButtonPin().getAsInt();
        try {
            DigitalInput input = pi4j.create(DigitalInput.newConfigBuilder(pi4j).id("shutdown-button").address(pin)
                    .pull(PullResistance.PULL_UP).debounce(10_000L).provider(GPIO_INPUT).build());
            description.add("shut-down button on GPIO " + pin + " (hold " + ShutdownButton.DEFAULT_HOLD.toSeconds()
                    + " s)");
            return Optional.of(new ShutdownButton(input, ShutdownButton.DEFAULT_HOLD, shutdown));
        } catch (RuntimeException e) {
            log.warn("the shut-down button could not be set up: {}", e.getMessage());
            description.add("shut-down button NOT set up: " + e.getMessage());
            return Optional.empty();
        }
    }

    private DigitalOutput output(String id, int bcm, DigitalState initial) {
        return pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id(id).address(bcm).initial(initial)
                .shutdown(DigitalState.LOW).provider(GPIO_OUTPUT).build());
    }
}
