package org.hoctap.hardware.card.keyboard;

import java.io.IOException;

/** Where input events come from: a grabbed input device, or a recorded stream in tests. */
interface EventSource extends AutoCloseable {
    /** Reads whole events into {@code buffer}: their byte count, 0 when none is waiting, -1 at the end. */
    int read(byte[] buffer) throws IOException;

    @Override
    void close() throws IOException;

    /** Opens the source for a device path. */
    @FunctionalInterface
    interface Opener {
        EventSource open(java.nio.file.Path device) throws IOException;
    }
}
