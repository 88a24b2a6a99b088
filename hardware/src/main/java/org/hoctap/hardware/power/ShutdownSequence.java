package org.hoctap.hardware.power;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clean shut-down before the battery dies or when the button is held: first what must be saved
 * (the kiosk flushes and closes its database), then the machine is powered off. Runs once, however
 * many reasons come.
 */
public final class ShutdownSequence {
    private static final Logger log = LoggerFactory.getLogger(ShutdownSequence.class);

    private final PowerOff powerOff;
    private final List<Runnable> beforePowerOff = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();

    public ShutdownSequence(PowerOff powerOff) {
        this.powerOff = powerOff;
    }

    /** Adds work to finish before the power goes (run in the order added; one failing does not stop the rest). */
    public void beforePowerOff(Runnable work) {
        beforePowerOff.add(work);
    }

    /** Whether a shut-down has begun. */
    public boolean started() {
        return started.get();
    }

    /** Saves what must be saved and powers off; returns false when a shut-down had already begun. */
    public boolean run(String reason) {
        if (!started.compareAndSet(false, true)) {
            return false;
        }
        log.warn("shutting down: {}", reason);
        for (Runnable work : beforePowerOff) {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("could not finish a task before powering off", e);
            }
        }
        try {
            powerOff.powerOff();
        } catch (Exception e) {
            log.error("could not power off; everything is saved, the power may be cut", e);
        }
        return true;
    }
}
