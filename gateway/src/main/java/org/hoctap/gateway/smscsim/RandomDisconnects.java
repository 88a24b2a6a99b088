package org.hoctap.gateway.smscsim;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Cuts the ESME connections at random moments, like a flaky operator link: the gaps between cuts
 * are exponentially distributed around a mean, so some come in quick succession.
 */
final class RandomDisconnects implements AutoCloseable {
    private final IntSupplier cut;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("smsc-sim-disconnects").daemon(true).factory());
    private final AtomicInteger cuts = new AtomicInteger();
    private volatile long meanNanos;

    /** {@code cut} drops every connection and says how many there were. */
    RandomDisconnects(IntSupplier cut) {
        this.cut = cut;
    }

    /** Starts cutting about every {@code mean}; zero stops. */
    synchronized void every(Duration mean) {
        boolean wasOff = meanNanos == 0;
        meanNanos = mean.toNanos();
        if (wasOff && meanNanos > 0) {
            scheduleNext();
        }
    }

    /** Cuts that found at least one connection to drop. */
    int cuts() {
        return cuts.get();
    }

    private void scheduleNext() {
        long mean = meanNanos;
        if (mean <= 0 || timer.isShutdown()) {
            return;
        }
        double gap = -Math.log(1 - ThreadLocalRandom.current().nextDouble()) * mean;
        timer.schedule(this::cutAndGoOn, Math.max(1, (long) gap), TimeUnit.NANOSECONDS);
    }

    private void cutAndGoOn() {
        if (meanNanos <= 0) {
            return;
        }
        if (cut.getAsInt() > 0) {
            cuts.incrementAndGet();
        }
        scheduleNext();
    }

    @Override
    public void close() {
        meanNanos = 0;
        timer.shutdownNow();
    }
}
