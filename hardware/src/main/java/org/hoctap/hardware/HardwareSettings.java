package org.hoctap.hardware;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.hardware.card.DebouncedCardReader;
import org.hoctap.hardware.power.UpsSettings;

/**
 * What hardware a kiosk has and where it is wired (BCM GPIO numbers). The defaults find a USB card
 * reader or an MFRC522 on SPI 0.0 by themselves, and put the buzzer on GPIO 17, the green LED on 27
 * and the red one on 22; no UPS and no shut-down button unless named. Off a Raspberry Pi, or with
 * {@code simulated}, everything is simulated.
 */
public record HardwareSettings(ReaderKind reader, Optional<Path> keyboardDevice, int spiBus, int spiChipSelect,
        OptionalInt readerResetPin, Duration debounce, Optional<FeedbackPins> feedbackPins,
        Optional<UpsSettings> ups, OptionalInt shutdownButtonPin, boolean simulated) {

    /** Which card reader to use. */
    public enum ReaderKind {
        /** A keyboard-wedge USB reader if one is plugged in, else an MFRC522 if SPI is on, else none. */
        AUTO,
        MFRC522,
        KEYBOARD,
        NONE
    }

    /** The GPIO pins of the buzzer and the two LEDs. */
    public record FeedbackPins(int buzzer, int green, int red) {
    }

    public static final HardwareSettings DEFAULTS = new HardwareSettings(ReaderKind.AUTO, Optional.empty(), 0, 0,
            OptionalInt.of(25), DebouncedCardReader.DEFAULT_INTERVAL, Optional.of(new FeedbackPins(17, 27, 22)),
            Optional.empty(), OptionalInt.empty(), false);

    public static final HardwareSettings SIMULATED = DEFAULTS.withSimulated(true);

    public HardwareSettings withSimulated(boolean simulated) {
        return new HardwareSettings(reader, keyboardDevice, spiBus, spiChipSelect, readerResetPin, debounce,
                feedbackPins, ups, shutdownButtonPin, simulated);
    }
}
