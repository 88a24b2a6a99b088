package org.hoctap.gateway.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
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
        List<String> phones;
        try (Database db = SeededDatabase.create(dataDir)) {
            phones = db.read(c -> Jdbc.list(c, "SELECT e164 FROM phone WHERE opted_out = 0 ORDER BY e164 LIMIT ?",
                    row -> row.getString(1), 3 * PER_PHASE));
        }
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
            long recorded = db.read(c -> Jdbc.count(c, """
                    SELECT count(*) FROM activity a JOIN inbound_message m ON m.id = a.source_message_id
                    WHERE m.sender = ?""", phone));
            assertEquals(1L, recorded, "reports recorded for " + phone);
        }
        long doubled = phones.stream().filter(p -> replies(p) > 1).count();
        long retried = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE attempts > 1"));
        assertTrue(doubled <= retried, doubled + " replies doubled, but only " + retried + " were sent twice "
                + "(after a submit_sm whose answer was lost)");
    }

    private void send(List<String> phones) {
        phones.forEach(p -> smsc.deliverMo(p, "12"));
    }

    private long replies(String phone) {
        return smsc.conversation(phone).stream().filter(HandsetMessage::isMt).count();
    }
}
