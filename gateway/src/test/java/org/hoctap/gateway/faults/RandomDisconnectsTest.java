package org.hoctap.gateway.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator cuts the link at random while reports stream in: each is recorded once and answered. */
class RandomDisconnectsTest {
    private static final int PHONES = 40;

    @TempDir
    Path dataDir;

    private ProxiedGateway all;

    @AfterEach
    void stop() throws Exception {
        if (all != null) {
            all.close();
        }
    }

    @Test
    void reportsStreamingThroughRandomCutsAreRecordedOnceAndAnswered() throws Exception {
        List<String> phones = Reports.phones(dataDir, PHONES);
        all = ProxiedGateway.start(dataDir, smpp -> smpp);
        SmscSimulator smsc = all.smsc;

        smsc.disconnectRandomly(Duration.ofMillis(250));
        for (String phone : phones) {
            smsc.deliverMo(phone, "12");
            Thread.sleep(40); // spread over about two seconds, across several cuts
        }
        long cutsUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (smsc.randomDisconnects() < 3 && System.nanoTime() < cutsUntil) {
            Thread.sleep(20);
        }
        smsc.disconnectRandomly(Duration.ZERO);
        assertTrue(smsc.randomDisconnects() >= 3, "the simulator cut the link only " + smsc.randomDisconnects()
                + " time(s): the test proves little");

        long deadline = System.nanoTime() + ProxiedGateway.DEADLINE.toNanos();
        while (phones.stream().anyMatch(p -> Reports.repliesTo(smsc, p) == 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Database db = all.gateway.database();
        for (String phone : phones) {
            assertTrue(Reports.repliesTo(smsc, phone) >= 1, "no reply reached " + phone);
            assertEquals(1L, Reports.recordedFrom(db, phone), "reports recorded for " + phone);
        }
        long doubled = Reports.doubled(smsc, phones);
        long retried = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM outbound_message WHERE attempts > 1"));
        assertTrue(doubled <= retried, doubled + " replies doubled, but only " + retried + " were sent twice");
    }
}
