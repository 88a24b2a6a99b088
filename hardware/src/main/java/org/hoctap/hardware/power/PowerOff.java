package org.hoctap.hardware.power;

import java.io.IOException;
import java.util.List;

/** Turns the machine off. On a Pi: {@code systemctl poweroff} (the service user needs the right to). */
@FunctionalInterface
public interface PowerOff {
    void powerOff() throws IOException;

    /** Runs {@code command} and waits up to a minute for it to be accepted. */
    static PowerOff byCommand(List<String> command) {
        return () -> {
            Process process = new ProcessBuilder(command).inheritIO().start();
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IOException(String.join(" ", command) + " did not succeed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while powering off", e);
            }
        };
    }

    PowerOff SYSTEMCTL = byCommand(List.of("systemctl", "poweroff"));
}
