package org.hoctap.provisioning.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hoctap.gateway.sync.EnrolmentCodes;
import org.hoctap.gateway.sync.SyncServer;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.kiosk.sync.CentralClient;
import org.hoctap.kiosk.sync.DeviceCredential;
import org.hoctap.kiosk.sync.SyncOutbox;
import org.hoctap.kiosk.sync.SyncUp;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.testing.faults.FaultProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk sends what it made up to the central server over real HTTP: once, again after a link cut
 * in the middle of a batch (going on from the byte the server has), and never into another centre.
 */
class SyncUpTest {
    @TempDir
    Path centralDir;

    @TempDir
    Path kioskDir;

    private Database central;
    private Database kiosk;
    private SyncServer server;
    private final CentralClient client = new CentralClient();
    private Centre centre;

    @BeforeEach
    void start() throws IOException {
        SeededDatabase.createCopies(centralDir, kioskDir); // the kiosk's roster is the central server's
        central = Database.open(centralDir.resolve("hoctap.db"));
        centre = central.read(Places::centres).get(0);
        kiosk = Database.open(kioskDir.resolve("hoctap.db"));
        SyncOutbox.markAsKiosk(kiosk);
        server = SyncServer.start(central, centralDir, Clock.systemUTC(), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        client.close();
        kiosk.close();
        central.close();
    }

    @Test
    void aClassAndItsCheckInsArriveOnceAndTheQueueEmpties() throws Exception {
        DeviceCredential device = enrol(centre, URI.create("http://127.0.0.1:" + server.port() + "/"));
        OpenSession open = openWithCheckIns(3);

        SyncUp.Sent sent = SyncUp.run(kiosk, kioskDir, device, client);
        assertEquals(1, sent.batches());
        assertEquals(3, centralCheckIns(open));
        assertEquals(List.of(), kiosk.read(c -> SyncOutbox.oldest(c, 10)));

        assertEquals(0, SyncUp.run(kiosk, kioskDir, device, client).batches(), "nothing left to send");
        kiosk.write(c -> Learning.close(c, open.session().id(), Instant.now()));
        SyncUp.run(kiosk, kioskDir, device, client);
        assertTrue(central.read(c -> Jdbc.one(c, "SELECT closed_at FROM class_session WHERE id = ?",
                row -> row.getString(1), open.session().id())).isPresent(), "the class was closed on the central server too");
        assertEquals(3, centralCheckIns(open));
    }

    @Test
    void aLinkCutInTheMiddleOfABatchGoesOnFromTheByteTheServerHas() throws Exception {
        try (FaultProxy proxy = FaultProxy.to(server.port())) {
            DeviceCredential device = enrol(centre, URI.create("http://127.0.0.1:" + proxy.port() + "/"));
            OpenSession open = openWithCheckIns(400);

            proxy.cutEachNewAfter(3_000);
            try (CentralClient cut = new CentralClient()) { // new connections, cut after 3,000 bytes
                assertThrows(IOException.class, () -> SyncUp.run(kiosk, kioskDir, device, cut));
            }
            assertEquals(0, centralCheckIns(open), "nothing is stored of a batch that has not all come");
            String batchId = org.hoctap.kiosk.sync.UpBatch.next(kiosk, kioskDir).orElseThrow().id();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
            while (client.uploadState(device, batchId).offset() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20); // the server notices the cut a moment after the kiosk does
            }

            proxy.cutEachNewAfter(Long.MAX_VALUE);
            long batchLength = Files.size(kioskDir.resolve("sync-up.gz"));
            SyncUp.Sent sent;
            try (CentralClient whole = new CentralClient()) {
                sent = SyncUp.run(kiosk, kioskDir, device, whole);
            }
            assertEquals(1, sent.batches());
            assertTrue(sent.bytes() < batchLength, "sent " + sent.bytes() + " of " + batchLength + " bytes again");
            assertEquals(400, centralCheckIns(open));
        }
    }

    @Test
    void aBatchSentTwiceOrThroughASlowLinkIsStoredOnce() throws Exception {
        try (FaultProxy proxy = FaultProxy.to(server.port())) {
            DeviceCredential device = enrol(centre, URI.create("http://127.0.0.1:" + proxy.port() + "/"));
            OpenSession open = openWithCheckIns(50);
            org.hoctap.kiosk.sync.UpBatch batch = org.hoctap.kiosk.sync.UpBatch.next(kiosk, kioskDir).orElseThrow();
            proxy.delayEachNew(java.time.Duration.ofMillis(20));
            try (CentralClient slow = new CentralClient()) {
                assertTrue(slow.upload(device, batch, 0).stored());
                CentralClient.UploadState again = slow.upload(device, batch, 0); // the same request once more
                assertTrue(again.stored(), "the server says it has it");
            }
            assertEquals(50, centralCheckIns(open));
            SyncUp.run(kiosk, kioskDir, device, client); // the kiosk learns it was stored, and empties its queue
            assertEquals(50, centralCheckIns(open));
            assertEquals(List.of(), kiosk.read(c -> SyncOutbox.oldest(c, 10)));
        }
    }

    @Test
    void aDeviceOfAnotherCentreCannotSendThisCentresRecords() throws Exception {
        Centre other = new Centre(Ids.newId(), "XY", "Another centre", centre.communeId());
        central.write(c -> {
            Places.insert(c, other);
            return null;
        });
        DeviceCredential device = enrol(other, URI.create("http://127.0.0.1:" + server.port() + "/"));
        OpenSession open = openWithCheckIns(2);
        CentralClient.Refused refused = assertThrows(CentralClient.Refused.class,
                () -> SyncUp.run(kiosk, kioskDir, device, client));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("not of this device's centre"), refused.getMessage());
        assertEquals(0, centralCheckIns(open));
        assertEquals(3, kiosk.read(c -> SyncOutbox.oldest(c, 10)).size(), "the queue keeps them");
    }

    private DeviceCredential enrol(Centre of, URI address) throws Exception {
        String code = central.write(c -> EnrolmentCodes.issue(c, of, Instant.now()));
        return client.enrol(address, of.code(), code);
    }

    /** Opens a class on the kiosk and checks in the first {@code count} persons of the roster. */
    private OpenSession openWithCheckIns(int count) {
        String topic = kiosk.read(Learning::topics).get(0).id();
        OpenSession open = ClassSessions.openNow(kiosk, centre.id(), topic, "Cô Lò Thị Xuân", Clock.systemUTC());
        kiosk.write(c -> {
            for (String person : Jdbc.list(c, "SELECT id FROM person ORDER BY id LIMIT ?", row -> row.getString(1),
                    count)) {
                Jdbc.update(c, """
                        INSERT INTO attendance (id, session_id, person_id, checked_in_at, method)
                        VALUES (?, ?, ?, ?, 'NAME')""", Ids.newId(), open.session().id(), person, Instant.now());
            }
            return null;
        });
        return open;
    }

    private long centralCheckIns(OpenSession open) {
        return central.read(c -> Jdbc.count(c, "SELECT count(*) FROM attendance WHERE session_id = ?",
                open.session().id()));
    }
}
