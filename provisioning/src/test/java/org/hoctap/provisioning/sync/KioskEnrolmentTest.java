package org.hoctap.provisioning.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.sync.SyncServer;
import org.hoctap.kiosk.sync.CentralClient;
import org.hoctap.kiosk.sync.DeviceCredential;
import org.hoctap.provisioning.cli.CliRun;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk enrolled with a central server as an installer and an officer would do it, with the
 * commands: a code issued on the server, {@code enrol} on the kiosk, the kiosk listed, then revoked.
 */
class KioskEnrolmentTest {
    @TempDir
    Path central;

    @TempDir
    Path kiosk;

    @Test
    void anOfficersCodeEnrolsTheKioskWhichIsListedAndCanBeRevoked() throws Exception {
        try (Database db = SeededDatabase.create(central)) {
            assertEquals(GatewaySettings.DATABASE_FILE, db.file().getFileName().toString());
        }
        try (Database db = Database.open(central.resolve(GatewaySettings.DATABASE_FILE));
                SyncServer server = SyncServer.start(db, central, Clock.systemUTC(), "127.0.0.1", 0)) {
            CliRun issued = CliRun.of("devices", "code", "--centre", "QC", "--data-dir", central.toString());
            assertEquals(0, issued.exit(), issued.err());
            Matcher code = Pattern.compile("^([0-9A-Z]{5}-[0-9A-Z]{5})$", Pattern.MULTILINE).matcher(issued.out());
            assertTrue(code.find(), issued.out());

            String url = "http://127.0.0.1:" + server.port() + "/";
            CliRun enrolled = CliRun.of("enrol", "--central", url, "--centre", "QC", "--code", code.group(1), "--data-dir",
                    kiosk.toString());
            assertEquals(0, enrolled.exit(), enrolled.err());
            assertTrue(enrolled.out().contains("Enrolled: this kiosk is device"), enrolled.out());
            Path file = kiosk.resolve(DeviceCredential.FILE);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            DeviceCredential credential = DeviceCredential.load(kiosk).orElseThrow();
            assertEquals(URI.create(url), credential.central());

            CliRun again = CliRun.of("enrol", "--central", url, "--centre", "QC", "--code", code.group(1), "--data-dir",
                    kiosk.resolve("second").toString());
            assertEquals(1, again.exit());
            assertTrue(again.err().contains("used already"), again.err());

            CliRun listed = CliRun.of("devices", "list", "--data-dir", central.toString());
            assertTrue(listed.out().contains(credential.deviceId()) && listed.out().contains("QC"), listed.out());

            CliRun revoked = CliRun.of("devices", "revoke", credential.deviceId(), "--data-dir", central.toString());
            assertEquals(0, revoked.exit(), revoked.err());
            try (CentralClient client = new CentralClient()) {
                CentralClient.Refused refused = assertThrows(CentralClient.Refused.class, () -> client.hello(credential));
                assertEquals(401, refused.status());
                assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());
            }
        }
    }

    @Test
    void anUnknownCentreOrAnUnreachableServerIsSaidPlainly() {
        try (Database db = SeededDatabase.create(central)) {
            assertEquals(GatewaySettings.DATABASE_FILE, db.file().getFileName().toString());
        }
        CliRun noCentre = CliRun.of("devices", "code", "--centre", "ZZ", "--data-dir", central.toString());
        assertEquals(1, noCentre.exit());
        assertTrue(noCentre.err().contains("No centre ZZ"), noCentre.err());

        CliRun unreachable = CliRun.of("enrol", "--central", "http://127.0.0.1:9/", "--centre", "QC", "--code", "AAAAA-BBBBB",
                "--data-dir", kiosk.toString());
        assertEquals(1, unreachable.exit());
        assertTrue(unreachable.err().contains("Could not reach the central server"), unreachable.err());
    }
}
