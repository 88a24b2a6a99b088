package org.hoctap.provisioning.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.sync.SyncServer;
import org.hoctap.gateway.web.TlsIdentity;
import org.hoctap.kiosk.sync.CentralClient;
import org.hoctap.kiosk.sync.DeviceCredential;
import org.hoctap.provisioning.cli.CliRun;
import org.hoctap.shared.net.CertificatePin;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.testing.SelfSignedCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A central server behind a self-signed certificate, as the server set-up makes it: a kiosk enrols
 * only with the certificate's fingerprint, and then syncs over HTTPS with that certificate alone.
 */
class KioskEnrolmentOverHttpsTest {
    @TempDir
    Path central;

    @TempDir
    Path kiosk;

    @Test
    void aKioskTrustsTheSelfSignedCentralServerOnlyByItsFingerprint() throws Exception {
        SeededDatabase.create(central).close();
        SelfSignedCertificate certificate = SelfSignedCertificate.in(central, "hoctap-central");
        TlsIdentity tls = TlsIdentity.of(certificate.certificate(), certificate.privateKey());
        try (Database db = Database.open(central.resolve(GatewaySettings.DATABASE_FILE));
                SyncServer server = SyncServer.start(db, central, Clock.systemUTC(), "127.0.0.1", 0, Optional.of(tls))) {
            String url = "https://127.0.0.1:" + server.port() + "/";
            String code = code();

            CliRun untrusted = CliRun.of("enrol", "--central", url, "--centre", "QC", "--code", code, "--data-dir",
                    kiosk.toString());
            assertEquals(1, untrusted.exit());
            assertTrue(untrusted.err().contains("presented a certificate this kiosk does not trust"), untrusted.err());

            String other = CertificatePin.of(SelfSignedCertificate.in(kiosk, "someone-else").certificate());
            CliRun wrong = CliRun.of("enrol", "--central", url, "--centre", "QC", "--code", code, "--central-fingerprint",
                    other, "--data-dir", kiosk.toString());
            assertEquals(1, wrong.exit());
            assertTrue(wrong.err().contains("its fingerprint is not " + other), wrong.err());

            CliRun typo = CliRun.of("enrol", "--central", url, "--centre", "QC", "--code", code, "--central-fingerprint",
                    "AB:CD", "--data-dir", kiosk.toString());
            assertEquals(2, typo.exit());
            assertTrue(typo.err().contains("is not a SHA-256 fingerprint"), typo.err());

            // As the installer copies it from the server: openssl's own line, "sha256 Fingerprint=…".
            CliRun pinned = CliRun.of("enrol", "--central", url, "--centre", "QC", "--code", code, "--central-fingerprint",
                    certificate.opensslFingerprint(), "--data-dir", kiosk.toString());
            assertEquals(0, pinned.exit(), pinned.err());
            DeviceCredential credential = DeviceCredential.load(kiosk).orElseThrow();
            assertEquals(Optional.of(tls.fingerprint()), credential.certificatePin(), "kept for the syncs to come");
            try (CentralClient client = new CentralClient(credential.certificatePin())) {
                JsonObject hello = client.hello(credential);
                assertEquals(credential.deviceId(), hello.getString("device"), hello.encode());
            }
        }
    }

    @Test
    void anEnrolledKioskMovesToItsServerGoneOverToHttpsKeepingItsDevice() throws Exception {
        SeededDatabase.create(central).close();
        SelfSignedCertificate certificate = SelfSignedCertificate.in(central, "hoctap-central");
        TlsIdentity tls = TlsIdentity.of(certificate.certificate(), certificate.privateKey());
        try (Database db = Database.open(central.resolve(GatewaySettings.DATABASE_FILE))) {
            CliRun notYet = CliRun.of("enrol", "--central", "https://127.0.0.1:9/", "--centre", "QC",
                    "--data-dir", kiosk.toString());
            assertEquals(2, notYet.exit());
            assertTrue(notYet.err().contains("not enrolled yet: --code is needed"), notYet.err());

            String device;
            try (SyncServer plain = SyncServer.start(db, central, Clock.systemUTC(), "127.0.0.1", 0)) {
                String url = "http://127.0.0.1:" + plain.port() + "/";
                CliRun naked = CliRun.of("enrol", "--central", url, "--centre", "QC", "--code", code(),
                        "--central-fingerprint", tls.fingerprint(), "--data-dir", kiosk.toString());
                assertEquals(2, naked.exit());
                assertTrue(naked.err().contains("A certificate's fingerprint is for an https:// address"), naked.err());
                CliRun enrolled = CliRun.of("enrol", "--central", url, "--centre", "QC", "--code", code(), "--data-dir",
                        kiosk.toString());
                assertEquals(0, enrolled.exit(), enrolled.err());
                device = DeviceCredential.load(kiosk).orElseThrow().deviceId();
            }
            try (SyncServer secure = SyncServer.start(db, central, Clock.systemUTC(), "127.0.0.1", 0, Optional.of(tls))) {
                String url = "https://127.0.0.1:" + secure.port() + "/";
                CliRun otherCentre = CliRun.of("enrol", "--central", url, "--centre", "HN", "--central-fingerprint",
                        tls.fingerprint(), "--data-dir", kiosk.toString());
                assertEquals(2, otherCentre.exit());
                assertTrue(otherCentre.err().contains("enrolled for centre QC, not HN"), otherCentre.err());
                CliRun moved = CliRun.of("enrol", "--central", url, "--centre", "QC", "--central-fingerprint",
                        tls.fingerprint(), "--data-dir", kiosk.toString());
                assertEquals(0, moved.exit(), moved.err());
                assertTrue(moved.out().startsWith("Moved: this kiosk, device " + device), moved.out());
                DeviceCredential credential = DeviceCredential.load(kiosk).orElseThrow();
                assertEquals(device, credential.deviceId(), "the same device: no new code, no second device");
                assertEquals(url, credential.central().toString());
                try (CentralClient client = new CentralClient(credential.certificatePin())) {
                    assertEquals(device, client.hello(credential).getString("device"));
                }
            }
        }
    }

    @Test
    void theCertificateAndKeyGoTogetherAndMustBeReadable() throws Exception {
        SeededDatabase.create(central).close();
        SelfSignedCertificate certificate = SelfSignedCertificate.in(central, "hoctap-central");
        CliRun alone = CliRun.of("gateway", "--data-dir", central.toString(), "--tls-cert", certificate.certificate().toString());
        assertTrue(alone.err().contains("--tls-cert and --tls-key go together"), alone.err());
        CliRun missing = CliRun.of("gateway", "--data-dir", central.toString(), "--tls-cert", certificate.certificate().toString(),
                "--tls-key", central.resolve("nowhere.key").toString());
        assertTrue(missing.err().contains("cannot read " + central.resolve("nowhere.key") + " (no such file)"),
                missing.err());
        CliRun notACertificate = CliRun.of("gateway", "--data-dir", central.toString(), "--tls-cert",
                certificate.privateKey().toString(), "--tls-key", certificate.privateKey().toString());
        assertTrue(notACertificate.err().contains("holds no certificate"), notACertificate.err());
    }

    private String code() {
        CliRun issued = CliRun.of("devices", "code", "--centre", "QC", "--data-dir", central.toString());
        assertEquals(0, issued.exit(), issued.err());
        Matcher code = Pattern.compile("^([0-9A-Z]{5}-[0-9A-Z]{5})$", Pattern.MULTILINE).matcher(issued.out());
        assertTrue(code.find(), issued.out());
        return code.group(1);
    }
}
