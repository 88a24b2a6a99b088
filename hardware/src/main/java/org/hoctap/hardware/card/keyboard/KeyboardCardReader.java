package org.hoctap.hardware.card.keyboard;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
 * A USB card reader that types the card's number as a keyboard (the common 125 kHz EM4100 kind),
 * read from its Linux input device and grabbed, so the digits never reach the browser. When the
 * reader is unplugged the device is opened again every two seconds until it is back.
 */
public final class KeyboardCardReader implements CardReader {
    private static final Logger log = LoggerFactory.getLogger(KeyboardCardReader.class);
    private static final Duration REOPEN = Duration.ofSeconds(2);
    private static final Duration IDLE_PAUSE = Duration.ofMillis(10);

    private final Path device;
    private final Clock clock;
    private final EventSource.Opener opener;
    private final InputEventFormat format;
    private final Sleeper sleeper;
    private final ReaderThread thread = new ReaderThread("keyboard-card-reader");

    public KeyboardCardReader(Path device, Clock clock) {
        this(device, clock, GrabbedInputDevice::open, InputEventFormat.ofThisMachine(), Sleeper.REAL);
    }

    KeyboardCardReader(Path device, Clock clock, EventSource.Opener opener, InputEventFormat format,
            Sleeper sleeper) {
        this.device = device;
        this.clock = clock;
        this.opener = opener;
        this.format = format;
        this.sleeper = sleeper;
    }

    /** Opens and grabs the device once and lets it go, for the installer's check; throws when it cannot. */
    public static void probe(Path device) throws IOException {
        GrabbedInputDevice.open(device).close();
    }

    @Override
    public void start(Consumer<CardSeen> listener) {
        Objects.requireNonNull(listener);
        thread.start(() -> readWhileRunning(listener));
    }

    private void readWhileRunning(Consumer<CardSeen> listener) {
        boolean told = false;
        while (thread.running()) {
            try (EventSource source = opener.open(device)) {
                log.info("keyboard card reader {} opened and grabbed", device);
                told = false;
                if (!readUntilEnd(source, listener)) {
                    return; // a recorded stream ended
                }
            } catch (IOException e) {
                if (!told) {
                    log.warn("keyboard card reader {}: {}; trying again every {} s", device, e.getMessage(),
                            REOPEN.toSeconds());
                    told = true;
                }
            }
            sleeper.sleepMillis(REOPEN.toMillis());
        }
    }

    /** Reads events until the source fails (throws) or ends (returns false) or the reader closes (true). */
    private boolean readUntilEnd(EventSource source, Consumer<CardSeen> listener) throws IOException {
        KeystrokeDecoder decoder = new KeystrokeDecoder();
        byte[] buffer = new byte[64 * format.size()];
        long lastEvent = System.nanoTime();
        while (thread.running()) {
            int n = source.read(buffer);
            if (n < 0) {
                decoder.idle().ifPresent(card -> tell(listener, card));
                return false;
            }
            if (n == 0) {
                if (System.nanoTime() - lastEvent > KeystrokeDecoder.GAP_MICROS * 1_000) {
                    decoder.idle().ifPresent(card -> tell(listener, card));
                }
                sleeper.sleepMillis(IDLE_PAUSE.toMillis());
                continue;
            }
            lastEvent = System.nanoTime();
            for (InputEvent event : format.decode(buffer, n)) {
                Optional<String> card = decoder.accept(event);
                card.ifPresent(c -> tell(listener, c));
            }
        }
        return true;
    }

    private void tell(Consumer<CardSeen> listener, String card) {
        listener.accept(new CardSeen(card, clock.instant()));
    }

    /** Whether the reading thread still runs (it stops when closed, or when a recorded stream ends). */
    boolean isReading() {
        return thread.alive();
    }

    @Override
    public void close() {
        thread.stop();
    }
}
