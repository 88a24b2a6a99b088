package org.hoctap.gateway.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.faults.FaultProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports streaming in while the link is cut in the middle of a PDU, slowed down and made silent:
 * the gateway rebinds each time and no report is lost or counted twice.
 */
class FaultyLinkTest {
    private static final int PER_PHASE = 10;

    @TempDir
    Path dataDir;

    private ProxiedGateway all;
    private SmscSimulator smsc;

    @AfterEach
    void stop() throws Exception {
        if (all != null) {
            all.close();
        }
    }

    @Test
    void cutsDelaysAndStallsLoseAndDoubleNoReport() throws Exception {
        List<String> phones = Reports.phones(dataDir, 3 * PER_PHASE);
        all = ProxiedGateway.start(dataDir, smpp -> smpp);
        smsc = all.smsc;
        FaultProxy proxy = all.proxy;

        send(phones.subList(0, PER_PHASE));
        proxy.cutAllAfter(37); // inside the next PDU, whichever way it goes
        send(phones.subList(PER_PHASE, 2 * PER_PHASE));
        Thread.sleep(300);
        proxy.delayAll(Duration.ofMillis(30));
        Thread.sleep(300);
        proxy.stallAll();
        send(phones.subList(2 * PER_PHASE, 3 * PER_PHASE));

        long deadline = System.nanoTime() + ProxiedGateway.DEADLINE.toNanos();
        while (phones.stream().anyMatch(p -> replies(p) == 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        for (String phone : phones) {
            assertTrue(replies(phone) >= 1, "no reply reached " + phone);
        }
        assertTrue(proxy.accepted() >= 3, "the faults did not make the gateway rebind: the test proves little");

        Database db = all.gateway.database();
        for (String phone : phones) {
            assertEquals(1L, Reports.recordedFrom(db, phone), "reports recorded for " + phone);
        }
        long doubled = Reports.doubled(smsc, phones);
        long retried = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE attempts > 1"));
        assertTrue(doubled <= retried, doubled + " replies doubled, but only " + retried + " were sent twice "
                + "(after a submit_sm whose answer was lost)");
    }

    private void send(List<String> phones) {
        phones.forEach(p -> smsc.deliverMo(p, "12"));
    }

    private long replies(String phone) {
        return Reports.repliesTo(smsc, phone);
    }
}
