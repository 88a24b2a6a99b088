package org.hoctap.hardware.power;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the battery every so often. When mains power
 * is gone and the charge is at or below the shut-down level on two readings in a row (one odd
 * reading shuts nothing down), it runs the {@link ShutdownSequence}.
 */
public final class LowBatteryGuard implements AutoCloseable {
    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(LowBatteryGuard.class);

    private final PowerSource source;
    private final int shutdownPercent;
    private final ShutdownSequence shutdown;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("battery").daemon(true).factory());
    private int lowReadings;
    private boolean wasOnMains = true;

    public LowBatteryGuard(PowerSource source, int shutdownPercent, ShutdownSequence shutdown) {
        this.source = source;
        this.shutdownPercent = shutdownPercent;
        this.shutdown = shutdown;
    }

    public LowBatteryGuard start(Duration every) {
        timer.scheduleWithFixedDelay(this::check, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One reading now, and a shut-down when it calls for one. */
    public synchronized void check() {
        Optional<BatteryState> state = source.read();
        if (state.isEmpty()) {
            return;
        }
        BatteryState battery = state.get();
        if (battery.onMains() != wasOnMains) {
            log.warn(battery.onMains() ? "mains power is back ({} %)" : "mains power is gone: on battery ({} %)",
                    battery.percent());
            wasOnMains = battery.onMains();
        }
        lowReadings = !battery.onMains() && battery.percent() <= shutdownPercent ? lowReadings + 1 : 0;
        if (lowReadings >= 2) {
            shutdown.run("the battery is at " + battery.percent() + " % with no mains power");
        }
    }

    @Override
    public void close() {
        timer.shutdown(); // not shutdownNow: the shut-down itself may be running on this timer
    }
}
