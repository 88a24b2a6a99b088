package org.hoctap.hardware.card;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/** A reader for PCs, the demo and tests: {@link #present} stands for a card put on the reader. */
public final class SimulatedCardReader implements CardReader {
    private final Clock clock;
    private volatile Consumer<CardSeen> listener;

    public SimulatedCardReader(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void start(Consumer<CardSeen> listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** Presents a card with this UID (hex digits, any case) to the reader. */
    public void present(String uid) {
        if (!uid.matches("\\p{XDigit}{8}|\\p{XDigit}{14}|\\p{XDigit}{20}")) {
            throw new IllegalArgumentException("a card UID is 4, 7 or 10 bytes of hex: " + uid);
        }
        Consumer<CardSeen> current = listener;
        if (current != null) {
            current.accept(new CardSeen(uid.toUpperCase(Locale.ROOT), clock.instant()));
        }
    }

    @Override
    public void close() {
        listener = null;
    }
}
