package org.hoctap.kiosk.attendance;

import java.util.Locale;

/**
 * Where a check-in's time went on the server, for the standard {@code Server-Timing} header (benchmarks
 * and the browser's developer tools): {@code checkin}, the whole, is the wait for a worker thread
 * ({@code queue}), the transaction with its disk sync ({@code write}) and the way back to the event
 * loop that answers ({@code reply}).
 */
final class CheckInTiming {
    private final long started = System.nanoTime();
    private volatile long writeStarted;
    private volatile long writeEnded;

    /** On the worker thread, just before the transaction. */
    void writeStarts() {
        writeStarted = System.nanoTime();
    }

    /** On the worker thread, once the transaction has returned (committed or not). */
    void writeEnds() {
        writeEnded = System.nanoTime();
    }

    /** The header's value, read on the event loop as the answer goes out. */
    String header() {
        long now = System.nanoTime();
        return String.format(Locale.ROOT, "checkin;dur=%.3f, queue;dur=%.3f, write;dur=%.3f, reply;dur=%.3f",
                millis(started, now), millis(started, writeStarted), millis(writeStarted, writeEnded),
                millis(writeEnded, now));
    }

    private static double millis(long from, long to) {
        return (to - from) / 1e6;
    }
}
