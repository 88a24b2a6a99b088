package org.hoctap.hardware.card;

import java.util.function.Consumer;

/** No card reader: check-ins come from the screen only. */
public final class NoCardReader implements CardReader {
    @Override
    public void start(Consumer<CardSeen> listener) {
        // nothing will ever be seen
    }

    @Override
    public void close() {
    }
}
