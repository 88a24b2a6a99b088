package org.hoctap.gateway.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.hoctap.gateway.GatewayServer;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.smscsim.SmscSimSettings;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.testing.faults.FaultProxy;

/**
 * A gateway bound to the simulator through a {@link FaultProxy}, with quick timers (enquire_link
 * every 400 ms, answers within a second, rebinding after 100–500 ms) so faults show in seconds.
 */
final class ProxiedGateway implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(60);

    final SmscSimulator smsc;
    final FaultProxy proxy;
    final GatewayServer gateway;

    private ProxiedGateway(SmscSimulator smsc, FaultProxy proxy, GatewayServer gateway) {
        this.smsc = smsc;
        this.proxy = proxy;
        this.gateway = gateway;
    }

    /** Starts all three on a seeded {@code dataDir} and waits for the bind; {@code tune} adjusts the link. */
    static ProxiedGateway start(Path dataDir, UnaryOperator<SmppSettings> tune) throws Exception {
        SmscSimulator smsc = SmscSimulator.start(SmscSimSettings.forTests("hoctap", "secret", "8055"));
        FaultProxy proxy = FaultProxy.to(smsc.port());
        SmppSettings smpp = tune.apply(SmppSettings.of("127.0.0.1", proxy.port(), "hoctap", "secret", "8055")
                .withTimers(Duration.ofMillis(400), Duration.ofSeconds(1))
                .withReconnect(Duration.ofMillis(100), Duration.ofMillis(500)));
        GatewayServer gateway = new GatewayServer(new GatewaySettings(dataDir, smpp, GatewaySettings.VIETNAM));
        ProxiedGateway all = new ProxiedGateway(smsc, proxy, gateway);
        gateway.start();
        if (!gateway.awaitBound(DEADLINE)) {
            all.close();
            throw new AssertionError("the gateway did not bind through the proxy");
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        gateway.close();
        proxy.close();
        smsc.close();
    }
}
