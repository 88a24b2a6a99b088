package org.hoctap.provisioning.demo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the one-machine demo runs.
 *
 * @param dataDir   holds {@code kiosk/} and {@code gateway/}, each with its own database
 * @param host      address the two web pages listen on ("0.0.0.0": also other machines on the network)
 * @param kioskPort the kiosk's web page; 0 picks a free port
 * @param phonePort the virtual phone's web page; 0 picks a free port
 * @param smppPort  the SMSC simulator's SMPP port, on loopback; 0 picks a free port
 * @param adminPort the gateway's status and metrics, on loopback; 0 picks a free port
 * @param syncPort  where kiosks enrol with the gateway as their central server; 0 picks a free port
 * @param webPort   the central web for officers (titles, review, results); 0 picks a free port
 */
public record DemoSettings(Path dataDir, String host, int kioskPort, int phonePort, int smppPort, int adminPort,
        int syncPort, int webPort) {
    public static final String SYSTEM_ID = "hoctap";
    public static final String SMPP_PASSWORD = "hoctap";
    public static final String SHORT_CODE = "8055";
    public static final String DEMO_TEACHER = "Lò Văn Minh";

    public DemoSettings {
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        Objects.requireNonNull(host, "host");
        checkPort(kioskPort, "kiosk");
        checkPort(phonePort, "phone");
        checkPort(smppPort, "SMPP");
        checkPort(adminPort, "gateway status");
        checkPort(syncPort, "sync");
        checkPort(webPort, "central web");
    }

    /** Every port chosen free by the system, the web pages on loopback: what tests want. */
    public static DemoSettings forTests(Path dataDir) {
        return new DemoSettings(dataDir, "127.0.0.1", 0, 0, 0, 0, 0, 0);
    }

    public Path kioskDir() {
        return dataDir.resolve("kiosk");
    }

    public Path gatewayDir() {
        return dataDir.resolve("gateway");
    }

    private static void checkPort(int port, String which) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the " + which + " port must be 0..65535, not " + port);
        }
    }
}
