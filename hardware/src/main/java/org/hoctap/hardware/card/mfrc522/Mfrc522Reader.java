package org.hoctap.hardware.card.mfrc522;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.spi.Spi;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hoctap.hardware.card.CardReader;
import org.hoctap.hardware.card.CardSeen;
import org.hoctap.hardware.card.ReaderThread;
import org.hoctap.hardware.timing.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 13.56 MHz MFRC522 reader on SPI: polls for a card every 100 ms, reads its UID, halts it (a card
 * left on the reader is read once), and tells the listener. When the chip stops answering (a loose
 * wire, a brown-out) it is reset and set up again, waiting longer between tries, up to 30 s.
 */
public final class Mfrc522Reader implements CardReader {
    public static final Duration POLL = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(Mfrc522Reader.class);
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    /** The version register is read every this many polls: a chip that reads 0xFF everywhere looks cardless. */
    private static final int VERSION_CHECK_EVERY = 10;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final Mfrc522 chip;
    private final Picc picc;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReaderThread thread = new ReaderThread("mfrc522-reader");
    private boolean ready;
    private int polls;
    private Duration retry = FIRST_RETRY;

    public Mfrc522Reader(Spi spi, Optional<DigitalOutput> resetPin, Clock clock) {
        this(spi, resetPin, clock, Sleeper.REAL);
    }

    Mfrc522Reader(Spi spi, Optional<DigitalOutput> resetPin, Clock clock, Sleeper sleeper) {
        this.chip = new Mfrc522(spi, resetPin, sleeper);
        this.picc = new Picc(chip);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Resets the chip and reads its version, for the installer's check; throws when it does not answer. */
    public int probe() throws ChipNotAnswering {
        return chip.reset();
    }

    @Override
    public void start(Consumer<CardSeen> listener) {
        Objects.requireNonNull(listener);
        thread.start(() -> {
            while (thread.running()) {
                Duration pause = POLL;
                try {
                    pollOnce().ifPresent(listener);
                } catch (ChipNotAnswering e) {
                    pause = retry;
                    retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
                } catch (RuntimeException e) {
                    log.error("the card reader failed; trying again", e);
                    ready = false;
                    pause = retry;
                }
                sleeper.sleepMillis(pause.toMillis());
            }
        });
    }

    /**
     * One poll: sets the chip up when it needs it, and returns the card that was put on the reader
     * since the last poll, if any. Throws when the chip does not answer (it is set up again next time).
     */
    Optional<CardSeen> pollOnce() throws ChipNotAnswering {
        try {
            if (!ready) {
                int version = chip.reset();
                log.info("card reader MFRC522 ready (version 0x{})", HEX.toHexDigits((byte) version));
                ready = true;
                retry = FIRST_RETRY;
            } else if (++polls % VERSION_CHECK_EVERY == 0) {
                chip.version();
            }
            if (!picc.cardPresent()) {
                return Optional.empty();
            }
            Optional<byte[]> uid = picc.readUid();
            if (uid.isEmpty()) {
                return Optional.empty(); // taken away mid-read, or two cards at once: the next poll tries again
            }
            picc.halt();
            return Optional.of(new CardSeen(HEX.formatHex(uid.get()), clock.instant()));
        } catch (ChipNotAnswering e) {
            if (ready) {
                log.warn("the card reader stopped answering ({}); resetting it", e.getMessage());
            }
            ready = false;
            throw e;
        }
    }

    @Override
    public void close() {
        thread.stop();
        if (ready) {
            chip.antennaOff();
        }
    }
}
