package org.hoctap.shared.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A socket bound here stands in for systemd: the service says it is ready, then alive while healthy. */
class SystemdNotifyTest {
    @TempDir
    Path dir;

    @Test
    void readyThenWatchdogPingsWhileHealthyThenStopping() throws Exception {
        String path = dir.resolve("notify").toString();
        int systemd = UnixDatagrams.bind(path);
        try {
            AtomicBoolean healthy = new AtomicBoolean(true);
            SystemdNotify notify = SystemdNotify.ready(Map.of("NOTIFY_SOCKET", path, "WATCHDOG_USEC", "200000",
                    "WATCHDOG_PID", Long.toString(ProcessHandle.current().pid())), healthy::get).orElseThrow();
            assertEquals("READY=1", UnixDatagrams.receive(systemd));
            assertEquals("WATCHDOG=1", UnixDatagrams.receive(systemd));
            assertEquals("WATCHDOG=1", UnixDatagrams.receive(systemd));
            healthy.set(false);
            Thread.sleep(300);
            notify.close();
            String next = UnixDatagrams.receive(systemd);
            while (next.equals("WATCHDOG=1")) {
                next = UnixDatagrams.receive(systemd); // one may have been on its way
            }
            assertEquals("STOPPING=1", next, "no ping while unhealthy, then stopping");
        } finally {
            UnixDatagrams.close(systemd);
        }
    }

    @Test
    void anAbstractSocketWorksToo() throws Exception {
        String path = "@hoctap-test-" + ProcessHandle.current().pid();
        int systemd = UnixDatagrams.bind(path);
        try {
            SystemdNotify notify = SystemdNotify.ready(Map.of("NOTIFY_SOCKET", path), () -> true).orElseThrow();
            assertEquals("READY=1", UnixDatagrams.receive(systemd));
            notify.close();
            assertEquals("STOPPING=1", UnixDatagrams.receive(systemd), "no watchdog asked for: no pings");
        } finally {
            UnixDatagrams.close(systemd);
        }
    }

    @Test
    void outsideSystemdItDoesNothing() {
        assertTrue(SystemdNotify.ready(Map.of(), () -> true).isEmpty());
    }
}
