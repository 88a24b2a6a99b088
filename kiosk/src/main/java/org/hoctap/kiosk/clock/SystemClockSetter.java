package org.hoctap.kiosk.clock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sets the machine's clock, for a Raspberry Pi without a clock battery that started in the past. Runs
 * {@code timedatectl set-time "YYYY-MM-DD HH:MM:SS"} (local time), which the kiosk's system user may do
 * through the polkit rule that provisioning installs.
 *
 * @param command the program and its first arguments; the time is added last
 */
public record SystemClockSetter(List<String> command) {
    public static final SystemClockSetter TIMEDATECTL = new SystemClockSetter(List.of("timedatectl", "set-time"));
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final long WAIT_SECONDS = 20;

    public SystemClockSetter {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("the command to set the clock is empty");
        }
    }

    /** Why setting the clock failed, in the system's words (for staff to pass on to the installer). */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }

    /** Sets the clock to {@code localTime} in the machine's time zone; blocks until the command is done. */
    public void set(LocalDateTime localTime) throws Refused {
        List<String> line = new ArrayList<>(command);
        line.add(FORMAT.format(localTime));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Refused(command.get(0) + " did not finish within " + WAIT_SECONDS + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new Refused(output.isEmpty() ? command.get(0) + " failed (" + process.exitValue() + ")" : output);
            }
        } catch (IOException e) {
            throw new Refused("cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted");
        }
    }
}
