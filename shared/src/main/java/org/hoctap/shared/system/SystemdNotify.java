package org.hoctap.shared.system;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd, when it runs the service ({@code Type=notify}, {@code NOTIFY_SOCKET} set), that the
 * service is ready, then that it is alive every half watchdog interval ({@code WATCHDOG_USEC}) as
 * long as its health check passes: a hung JVM or a database that no longer answers stops the pings,
 * and systemd restarts the service ({@code Restart=on-watchdog}). Outside systemd it does nothing.
 */
public final class SystemdNotify implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SystemdNotify.class);

    private final String socket;
    private final ScheduledExecutorService pings;

    private SystemdNotify(String socket, ScheduledExecutorService pings) {
        this.socket = socket;
        this.pings = pings;
    }

    /** Ready now, alive while {@code healthy}; reads systemd's variables from this process's environment. */
    public static Optional<SystemdNotify> ready(BooleanSupplier healthy) {
        return ready(System.getenv(), healthy);
    }

    static Optional<SystemdNotify> ready(Map<String, String> env, BooleanSupplier healthy) {
        String socket = env.get("NOTIFY_SOCKET");
        if (socket == null || socket.isBlank()) {
            return Optional.empty();
        }
        ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("systemd-watchdog").daemon().factory());
        SystemdNotify notify = new SystemdNotify(socket, pings);
        notify.send("READY=1");
        watchdog(env).ifPresent(interval -> {
            long every = Math.max(1, interval.toMillis() / 2);
            pings.scheduleAtFixedRate(() -> {
                if (healthy.getAsBoolean()) {
                    notify.send("WATCHDOG=1");
                } else {
                    log.warn("health check failed: not telling systemd's watchdog that all is well");
                }
            }, every, every, TimeUnit.MILLISECONDS);
            log.info("telling systemd's watchdog every {} ms", every);
        });
        return Optional.of(notify);
    }

    private static Optional<Duration> watchdog(Map<String, String> env) {
        String usec = env.get("WATCHDOG_USEC");
        String pid = env.get("WATCHDOG_PID");
        if (usec == null || (pid != null && !pid.equals(Long.toString(ProcessHandle.current().pid())))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofNanos(Long.parseLong(usec.strip()) * 1000));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void send(String state) {
        try {
            UnixDatagrams.send(socket, state);
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            log.warn("cannot tell systemd {}: {}", state, e.getMessage());
        }
    }

    /** Says the service is stopping and ends the pings. */
    @Override
    public void close() {
        pings.shutdownNow();
        send("STOPPING=1");
    }
}
