package org.hoctap.kiosk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The kiosk's resident memory read four times a second while a part of the bench runs. One reading can land
 * on a peak or a trough (the JIT's scratch memory comes and goes by several MB a second), so the bench
 * reports the median and the peak of all of them.
 */
final class ResidentMemory {
    private static final long EVERY_MILLIS = 250;

    /** Median and peak in MB, of {@code readings} readings (none where memory cannot be read). */
    record Summary(long medianMegabytes, long peakMegabytes, int readings) {
    }

    private final KioskProcess kiosk;
    private final List<Long> megabytes = new ArrayList<>();
    private final Thread reader;
    private volatile boolean running = true;
    private volatile IOException failure;

    private ResidentMemory(KioskProcess kiosk) {
        this.kiosk = kiosk;
        this.reader = Thread.ofPlatform().daemon().name("bench-resident-memory").start(this::readUntilStopped);
    }

    static ResidentMemory sample(KioskProcess kiosk) {
        return new ResidentMemory(kiosk);
    }

    /** Stops reading (within a quarter of a second) and sums up what was read. */
    Summary stop() throws InterruptedException {
        running = false;
        // Not interrupted: reading /proc through an interruptible channel would fail instead of finishing.
        reader.join();
        if (failure != null) {
            throw new UncheckedIOException("could not read the kiosk's resident memory", failure);
        }
        List<Long> sorted = megabytes.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return new Summary(-1, -1, 0);
        }
        return new Summary(sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
    }

    private void readUntilStopped() {
        while (running) {
            try {
                long now = kiosk.residentMegabytes();
                if (now < 0) {
                    return;
                }
                megabytes.add(now);
                TimeUnit.MILLISECONDS.sleep(EVERY_MILLIS);
            } catch (InterruptedException stopped) {
                return;
            } catch (IOException e) {
                failure = e;
                return;
            }
        }
    }
}
