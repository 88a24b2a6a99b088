package org.hoctap.hardware.card;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A reader that reports the same card seen again within {@code interval} once: a card held a little
 * too long, or bounced on the reader, is one event. Another card in between starts afresh.
 */
public final class DebouncedCardReader implements CardReader {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    private final CardReader reader;
    private final Duration interval;
    private String lastUid;
    private Instant lastAt = Instant.MIN;

    public DebouncedCardReader(CardReader reader, Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("a debounce interval cannot be negative: " + interval);
        }
        this.reader = Objects.requireNonNull(reader);
        this.interval = interval;
    }

    @Override
    public void start(Consumer<CardSeen> listener) {
        Objects.requireNonNull(listener);
        reader.start(seen -> {
            if (isNew(seen)) {
                listener.accept(seen);
            }
        });
    }

    private synchronized boolean isNew(CardSeen seen) {
        boolean again = seen.uid().equals(lastUid) && seen.at().isBefore(lastAt.plus(interval));
        lastUid = seen.uid();
        lastAt = seen.at();
        return !again;
    }

    /** The reader underneath (the simulated one is driven through it in the demo and tests). */
    public CardReader inner() {
        return reader;
    }

    @Override
    public void close() {
        reader.close();
    }
}
