package org.hoctap.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.smscsim.SmscSimSettings;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.people.People;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;

/** What the gateway's end-to-end tests share: credentials, a seeded data folder, waiting with a deadline. */
final class GatewayFixture {
    static final String SYSTEM_ID = "hoctap";
    static final String PASSWORD = "secret";
    static final String SHORT_CODE = "8055";
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private GatewayFixture() {
    }

    /** Seeds {@code dataDir/hoctap.db} (as the demo would) and returns the sample household's phone. */
    static String seed(Path dataDir) {
        try (Database db = SeededDatabase.create(dataDir)) {
            return SeededDatabase.samplePhone(db);
        }
    }

    static SmscSimulator simulator(int port) throws IOException {
        return SmscSimulator.start(SmscSimSettings.of(port, SYSTEM_ID, PASSWORD, SHORT_CODE).withHost("127.0.0.1"));
    }

    static GatewayServer gateway(Path dataDir, int smscPort) {
        SmppSettings smpp = SmppSettings.of("127.0.0.1", smscPort, SYSTEM_ID, PASSWORD, SHORT_CODE);
        return new GatewayServer(new GatewaySettings(dataDir, smpp, GatewaySettings.VIETNAM));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A Vietnamese mobile number that no household registered. */
    static String unregisteredPhone(Database db) {
        for (int n = 0; ; n++) {
            String candidate = "+8439" + String.format("%07d", 9_999_999 - n);
            boolean taken = db.read(c -> People.phone(c, candidate).isPresent());
            if (!taken) {
                return candidate;
            }
        }
    }

    /** Polls {@code probe} until it gives a value or {@link #DEADLINE} passes. */
    static <T> Optional<T> await(Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent() || System.nanoTime() > deadline) {
                return value;
            }
            Thread.sleep(20);
        }
    }
}
