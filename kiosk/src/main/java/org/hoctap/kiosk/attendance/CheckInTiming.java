package org.hoctap.kiosk.attendance;

import java.util.Locale;

/**
 * Where a check-in's time went on the server, for the standard {@code Server-Timing} header (benchmarks
 * and the browser's developer tools): {@code checkin}, the whole, then each of its {@link Part}s.
 */
public final class CheckInTiming {
    /** The parts of a check-in's time on the server, in order, as named in the header. */
    public enum Part {
        QUEUE("waiting for a worker thread"),
        WRITE("the transaction with its disk sync"),
        REPLY("back to the event loop");

        private final String description;

        Part(String description) {
            this.description = description;
        }

        /** The metric's name in the header. */
        public String metric() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What the part is, for people reading a benchmark's figures. */
        public String description() {
            return description;
        }
    }

    private final long started = System.nanoTime();
    private volatile long writeStarted;
    private volatile long writeEnded;

    CheckInTiming() {
    }

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
        return String.format(Locale.ROOT, "checkin;dur=%.3f, %s;dur=%.3f, %s;dur=%.3f, %s;dur=%.3f",
                millis(started, now), Part.QUEUE.metric(), millis(started, writeStarted), Part.WRITE.metric(),
                millis(writeStarted, writeEnded), Part.REPLY.metric(), millis(writeEnded, now));
    }

    private static double millis(long from, long to) {
        return (to - from) / 1e6;
    }
}
