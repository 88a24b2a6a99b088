package org.hoctap.gateway.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hoctap.gateway.GatewayCommand;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.MessageStatus;
import org.hoctap.gateway.smscsim.MoResult;
import org.hoctap.gateway.smscsim.SmscSimSettings;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway, a process of its own, killed with SIGKILL in the middle of a stream of reports and
 * started again: every report the SMSC saw acknowledged is recorded once, and every household gets
 * its reply.
 */
class CrashRecoveryTest {
    private static final int REPORTS = 200;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private SmscSimulator smsc;
    private Process gateway;

    @AfterEach
    void stop() throws InterruptedException {
        if (gateway != null && gateway.isAlive()) {
            gateway.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    private Process startGateway() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", GatewayCommand.class.getName(),
                "--data-dir", dataDir.toString(), "--smsc-host", "127.0.0.1",
                "--smsc-port", String.valueOf(smsc.port()), "--system-id", "hoctap", "--password", "secret",
                "--short-code", "8055", "--tps", "10000", "--window", "50", "--admin-port", "0");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("gateway-" + System.nanoTime() + ".log").toFile()).start();
        assertTrue(smsc.awaitBound(DEADLINE), "the gateway process did not bind");
        return process;
    }

    @Test
    void killedMidStreamAndRestartedItLosesAndDoublesNothing() throws Exception {
        List<String> phones = Reports.phones(dataDir, REPORTS);
        smsc = SmscSimulator.start(SmscSimSettings.forTests("hoctap", "secret", "8055").withDeliveryThreads(20));
        gateway = startGateway();

        List<MoResult> sent = new ArrayList<>();
        for (String phone : phones) {
            sent.add(smsc.deliverMo(phone, "12"));
        }
        // Kill once some reports are in and answered, while the rest are still arriving.
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (replied(phones) < REPORTS / 5 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        gateway.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int answeredBeforeCrash = replied(phones);
        assertTrue(answeredBeforeCrash < REPORTS, "the load was over before the kill: the test proves nothing");

        gateway = startGateway();
        while (replied(phones) < REPORTS && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(REPORTS, replied(phones), "households without a reply");
        for (MoResult mo : sent) {
            assertEquals(MessageStatus.DELIVERED, mo.delivery().get(30, TimeUnit.SECONDS));
        }
        gateway.destroy(); // SIGTERM: a clean stop
        gateway.waitFor(20, TimeUnit.SECONDS);

        try (Database db = Database.open(dataDir.resolve("hoctap.db"))) {
            for (String phone : phones) {
                long recorded = db.read(c -> Jdbc.count(c, """
                        SELECT count(*) FROM activity a JOIN inbound_message m ON m.id = a.source_message_id
                        WHERE m.sender = ? AND a.activity_code = 12""", phone));
                assertEquals(1L, recorded, "activities recorded for " + phone);
            }
            long unsent = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE state <> 'SENT'"));
            assertEquals(0L, unsent, "replies never sent");
            long crashResends = db.read(c -> Jdbc.count(c, "SELECT coalesce(sum(crash_resends), 0) FROM outbound_message"));
            long doubled = Reports.doubled(smsc, phones);
            System.out.printf("crash test: %d of %d answered before the kill; %d repl%s sent again because of the "
                    + "crash window, %d household(s) got a reply twice%n", answeredBeforeCrash, REPORTS, crashResends,
                    crashResends == 1 ? "y" : "ies", doubled);
            assertTrue(doubled <= crashResends, "replies doubled beyond the counted crash window");
        }
        assertTrue(new File(dataDir.toFile(), "hoctap.db").exists());
    }

    private int replied(List<String> phones) {
        int n = 0;
        for (String phone : phones) {
            if (smsc.conversation(phone).stream().anyMatch(HandsetMessage::isMt)) {
                n++;
            }
        }
        return n;
    }
}
