package org.hoctap.hardware.timing;

/** Waits; tests pass one that does not, so a scripted chip runs at full speed. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = millis -> {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    void sleepMillis(long millis);
}
