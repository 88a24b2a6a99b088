package org.hoctap.gateway.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.hoctap.gateway.GatewayServer;
import org.hoctap.gateway.smpp.BindMode;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.testing.faults.FaultProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link kept alive by our own enquire_link, through a proxy that can make it go silent. */
class LinkKeepAliveTest {
    private static final Duration DEADLINE = ProxiedGateway.DEADLINE;

    @TempDir
    Path dataDir;

    private ProxiedGateway all;
    private SmscSimulator smsc;
    private FaultProxy proxy;
    private GatewayServer gateway;

    @AfterEach
    void stop() throws Exception {
        if (all != null) {
            all.close();
        }
    }

    private String start(BindMode mode) throws Exception {
        String phone;
        try (Database db = SeededDatabase.create(dataDir)) {
            phone = SeededDatabase.samplePhone(db);
        }
        all = ProxiedGateway.start(dataDir, smpp -> smpp.withBind(mode, "", "")
                .withTimers(Duration.ofMillis(300), Duration.ofMillis(300)));
        smsc = all.smsc;
        proxy = all.proxy;
        gateway = all.gateway;
        return phone;
    }

    @Test
    void aLinkThatGoesSilentIsNoticedAndReplacedAndMessagesFlowAgain() throws Exception {
        String phone = start(BindMode.TRANSCEIVER);
        int before = proxy.accepted();
        proxy.stallAll();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (proxy.accepted() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(proxy.accepted() > before, "the gateway never noticed the dead link");
        assertTrue(gateway.awaitBound(DEADLINE), "the gateway did not bind again");
        smsc.deliverMo(phone, "12");
        assertTrue(smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).isPresent(), "no reply after recovery");
    }

    @Test
    void aTransmitterAndReceiverPairCarriesAReportAndItsReply() throws Exception {
        String phone = start(BindMode.TRANSMITTER_RECEIVER);
        assertTrue(proxy.accepted() >= 2, "a pair needs two connections");
        smsc.deliverMo(phone, "12");
        HandsetMessage reply = smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).orElseThrow();
        assertTrue(reply.text().contains("đọc sách, báo"), reply.text());
    }
}
