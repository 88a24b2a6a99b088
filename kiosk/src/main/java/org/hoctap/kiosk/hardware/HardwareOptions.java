package org.hoctap.kiosk.hardware;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.hardware.HardwareSettings;
import org.hoctap.hardware.HardwareSettings.FeedbackPins;
import org.hoctap.hardware.HardwareSettings.ReaderKind;
import org.hoctap.hardware.power.UpsSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The kiosk's hardware on the command line (GPIO numbers are BCM numbers), for {@code kiosk} and {@code hw-check}. */
public final class HardwareOptions {
    @Option(names = "--card-reader", defaultValue = "AUTO", paramLabel = "KIND",
            description = "auto (a USB reader if plugged in, else an MFRC522 if SPI is on), mfrc522, keyboard "
                    + "or none (default: ${DEFAULT-VALUE}).")
    ReaderKind reader;

    @Option(names = "--keyboard-device", paramLabel = "PATH",
            description = "The USB reader's input device (default: the first /dev/input/by-id/*-event-kbd).")
    Path keyboardDevice;

    @Option(names = "--spi", defaultValue = "0.0", paramLabel = "BUS.CS",
            description = "The MFRC522's SPI bus and chip select (default: ${DEFAULT-VALUE}, /dev/spidev0.0).")
    String spi;

    @Option(names = "--reader-reset-pin", defaultValue = "25", paramLabel = "GPIO|none",
            description = "The MFRC522's reset pin (default: ${DEFAULT-VALUE}).")
    String readerResetPin;

    @Option(names = "--debounce", defaultValue = "2", paramLabel = "SECONDS",
            description = "The same card again within this many seconds is one tap (default: ${DEFAULT-VALUE}).")
    double debounceSeconds;

    @Option(names = "--feedback-pins", defaultValue = "17,27,22", paramLabel = "BUZZER,GREEN,RED|none",
            description = "GPIO pins of the buzzer and the green and red LEDs (default: ${DEFAULT-VALUE}).")
    String feedbackPins;

    @Option(names = "--ups", defaultValue = "none", paramLabel = "none|BUS:ADDRESS",
            description = "A two-cell UPS HAT's INA219, e.g. 1:0x42 (default: ${DEFAULT-VALUE}).")
    String ups;

    @Option(names = "--shutdown-at", defaultValue = "10", paramLabel = "PERCENT",
            description = "With a UPS and no mains power, shut down cleanly at this charge (default: ${DEFAULT-VALUE}).")
    int shutdownPercent;

    @Option(names = "--shutdown-button-pin", paramLabel = "GPIO",
            description = "A button to ground on this pin shuts down cleanly when held 3 s (default: none).")
    Integer shutdownButtonPin;

    @Option(names = "--simulated-hardware",
            description = "Simulated reader, buzzer, LEDs and battery even on a Raspberry Pi (always so elsewhere).")
    boolean simulated;

    /** The settings these options name; a {@link ParameterException} says which option is wrong and why. */
    public HardwareSettings settings(picocli.CommandLine commandLine) {
        try {
            String[] busAndCs = spi.split("\\.");
            if (busAndCs.length != 2) {
                throw new IllegalArgumentException("--spi is BUS.CS, e.g. 0.0, not " + spi);
            }
            if (debounceSeconds < 0) {
                throw new IllegalArgumentException("--debounce cannot be negative");
            }
            return new HardwareSettings(reader, Optional.ofNullable(keyboardDevice), Integer.parseInt(busAndCs[0]),
                    Integer.parseInt(busAndCs[1]), pinOrNone(readerResetPin),
                    Duration.ofMillis(Math.round(debounceSeconds * 1000)), feedbackPins(), upsSettings(),
                    shutdownButtonPin == null ? OptionalInt.empty() : OptionalInt.of(shutdownButtonPin), simulated);
        } catch (NumberFormatException e) {
            throw new ParameterException(commandLine, "a hardware option has a number that is none: "
                    + e.getMessage().replace("For input string: ", ""), e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage(), e);
        }
    }

    private Optional<FeedbackPins> feedbackPins() {
        if (feedbackPins.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        String[] pins = feedbackPins.split(",");
        if (pins.length != 3) {
            throw new IllegalArgumentException("--feedback-pins is BUZZER,GREEN,RED (three GPIO numbers) or none, not "
                    + feedbackPins);
        }
        return Optional.of(new FeedbackPins(gpio(pins[0]), gpio(pins[1]), gpio(pins[2])));
    }

    private Optional<UpsSettings> upsSettings() {
        if (ups.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        String[] busAndAddress = ups.split(":");
        if (busAndAddress.length != 2) {
            throw new IllegalArgumentException("--ups is none or BUS:ADDRESS, e.g. 1:0x42, not " + ups);
        }
        UpsSettings defaults = UpsSettings.TWO_CELLS;
        return Optional.of(new UpsSettings(Integer.parseInt(busAndAddress[0].strip()), Integer.decode(
                busAndAddress[1].strip()), defaults.shuntOhms(), defaults.emptyVolts(), defaults.fullVolts(),
                defaults.chargingIsPositive(), shutdownPercent));
    }

    private static OptionalInt pinOrNone(String text) {
        return text.equalsIgnoreCase("none") ? OptionalInt.empty() : OptionalInt.of(gpio(text));
    }

    private static int gpio(String text) {
        int pin = Integer.parseInt(text.strip());
        if (pin < 0 || pin > 27) {
            throw new IllegalArgumentException("a Raspberry Pi GPIO number is 0 to 27, not " + pin);
        }
        return pin;
    }
}
