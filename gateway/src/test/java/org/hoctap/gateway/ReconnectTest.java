package org.hoctap.gateway;

import static org.hoctap.gateway.GatewayFixture.DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link comes back by itself: an SMSC that starts late, an SMSC that dies and is replaced. */
class ReconnectTest {
    private static final Duration REBIND = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    void bindsOnceTheSmscAppears() throws Exception {
        String phone = GatewayFixture.seed(dataDir);
        int port = GatewayFixture.freePort();
        try (GatewayServer gateway = GatewayFixture.gateway(dataDir, port).start()) {
            assertFalse(gateway.awaitBound(Duration.ofMillis(1_500)), "bound with no SMSC");
            try (SmscSimulator smsc = GatewayFixture.simulator(port)) {
                assertTrue(gateway.awaitBound(REBIND), "did not bind after the SMSC appeared");
                smsc.deliverMo(phone, GatewayFixture.SHORT_CODE, "12");
                assertTrue(smsc.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).isPresent(), "no reply");
            }
        }
    }

    @Test
    void rebindsToANewSmscOnTheSamePort() throws Exception {
        String phone = GatewayFixture.seed(dataDir);
        SmscSimulator first = GatewayFixture.simulator(0);
        int port = first.port();
        try (GatewayServer gateway = GatewayFixture.gateway(dataDir, port).start()) {
            try {
                assertTrue(gateway.awaitBound(DEADLINE));
                first.deliverMo(phone, GatewayFixture.SHORT_CODE, "12");
                assertTrue(first.awaitMessage(phone, HandsetMessage::isMt, DEADLINE).isPresent(), "no first reply");
            } finally {
                first.close();
            }
            GatewayFixture.await(() -> gateway.isBound() ? Optional.<Boolean>empty() : Optional.of(true))
                    .orElseThrow(() -> new AssertionError("never noticed the loss"));

            try (SmscSimulator second = GatewayFixture.simulator(port)) {
                assertTrue(second.awaitBound(REBIND), "did not bind to the new SMSC");
                second.deliverMo(phone, GatewayFixture.SHORT_CODE, "13");
                HandsetMessage reply = second.awaitMessage(phone, HandsetMessage::isMt, DEADLINE)
                        .orElseThrow(() -> new AssertionError("no reply through the new SMSC"));
                assertFalse(reply.text().isBlank());
            }
            long recorded = gateway.database().read(c -> Jdbc.count(c, """
                    SELECT count(*) FROM activity a JOIN inbound_message m ON m.id = a.source_message_id
                    WHERE m.sender = ?""", phone));
            assertEquals(2, recorded);
        }
    }
}
