package org.hoctap.hardware.card;

import java.util.function.Consumer;

/** A card reader: tells a listener each card it sees. Implementations: simulated now, Pi readers later. */
public interface CardReader extends AutoCloseable {
    /** Starts reading; {@code listener} is called from the reader's own thread. */
    void start(Consumer<CardSeen> listener);

    @Override
    void close();
}
