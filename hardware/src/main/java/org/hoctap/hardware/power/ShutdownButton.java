package org.hoctap.hardware.power;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A push button between a GPIO pin (pulled up) and ground: held down for {@code hold} it shuts the
 * kiosk down cleanly. A short press, or a child leaning on it for a moment, does nothing.
 */
public final class ShutdownButton implements AutoCloseable {
    public static final Duration DEFAULT_HOLD = Duration.ofSeconds(3);

    private final DigitalInput pin;
    private final Duration hold;
    private final ShutdownSequence shutdown;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("shutdown-button").daemon(true).factory());
    private ScheduledFuture<?> pending;

    public ShutdownButton(DigitalInput pin, Duration hold, ShutdownSequence shutdown) {
        this.pin = pin;
        this.hold = hold;
        this.shutdown = shutdown;
        pin.addListener(event -> changed(event.state()));
    }

    private synchronized void changed(DigitalState state) {
        if (state == DigitalState.LOW) {
            if (pending == null || pending.isDone()) {
                pending = timer.schedule(this::stillHeld, hold.toMillis(), TimeUnit.MILLISECONDS);
            }
        } else if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void stillHeld() {
        if (pin.state() == DigitalState.LOW) {
            shutdown.run("the shut-down button was held for " + hold.toSeconds() + " s");
        }
    }

    @Override
    public void close() {
        timer.shutdown(); // not shutdownNow: the shut-down itself may be running on this timer
    }
}
