package org.hoctap.provisioning.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hoctap.gateway.sync.EnrolmentCodes;
import org.hoctap.gateway.sync.SyncServer;
import org.hoctap.kiosk.KioskServer;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.kiosk.sync.CentralClient;
import org.hoctap.kiosk.sync.DeviceCredential;
import org.hoctap.kiosk.sync.SyncDown;
import org.hoctap.kiosk.sync.SyncOutbox;
import org.hoctap.kiosk.sync.SyncUp;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two running kiosks of one centre and the central server, each with its own data folder and port,
 * over real HTTP: both kiosks' classes and check-ins arrive once; a change made on the central server
 * reaches both kiosks, and does not go back up; and the rules for what changed on both sides.
 */
class TwoKiosksSyncTest {
    private static final String PASSWORD = "staff-secret-42";

    @TempDir
    Path centralDir;

    @TempDir
    Path firstDir;

    @TempDir
    Path secondDir;

    @Test
    void recordsFromBothArriveOnceAndARosterChangeReachesBoth() throws Exception {
        SeededDatabase.createCopies(centralDir, firstDir, secondDir);
        try (Database central = Database.open(centralDir.resolve("hoctap.db"));
                SyncServer server = SyncServer.start(central, centralDir, Clock.systemUTC(), "127.0.0.1", 0);
                CentralClient client = new CentralClient();
                HttpClient http = HttpClient.newHttpClient()) {
            Centre centre = central.read(Places::centres).get(0);
            URI address = URI.create("http://127.0.0.1:" + server.port() + "/");
            enrol(central, client, centre, address).save(firstDir);
            enrol(central, client, centre, address).save(secondDir);
            try (KioskServer first = kiosk(firstDir); KioskServer second = kiosk(secondDir);
                    StaffClient firstStaff = new StaffClient(first.baseUri()).loggedIn("staff", PASSWORD);
                    StaffClient secondStaff = new StaffClient(second.baseUri()).loggedIn("staff", PASSWORD)) {
                OpenSession morning = classWithCheckIns(http, first, 0, 5);
                OpenSession evening = classWithCheckIns(http, second, 5, 7);
                for (StaffClient staff : List.of(firstStaff, secondStaff, firstStaff)) {
                    assertEquals(200, staff.post("/api/staff/sync", "{}").statusCode());
                }
                assertEquals(5, checkIns(central, morning));
                assertEquals(7, checkIns(central, evening));

                String person = central.read(c -> Jdbc.one(c, "SELECT id FROM person ORDER BY id LIMIT 1",
                        row -> row.getString(1))).orElseThrow();
                central.write(c -> Jdbc.update(c, "UPDATE person SET full_name = 'Lò Thị Mai' WHERE id = ?", person));
                for (StaffClient staff : List.of(firstStaff, secondStaff)) {
                    assertEquals(200, staff.post("/api/staff/sync", "{}").statusCode());
                }
                for (KioskServer kiosk : List.of(first, second)) {
                    JsonArray learners = new JsonArray(http.send(HttpRequest.newBuilder(kiosk.baseUri()
                            .resolve("/api/learners")).build(), HttpResponse.BodyHandlers.ofString()).body());
                    assertTrue(learners.stream().map(JsonObject.class::cast).anyMatch(l -> l.getString("id")
                            .equals(person) && l.getString("name").equals("Lò Thị Mai")), "the new name on " + kiosk.port());
                    assertEquals(List.of(), kiosk.database().read(c -> SyncOutbox.oldest(c, 10)),
                            "what came down does not go up");
                }
            }
        }
    }

    private static KioskServer kiosk(Path dir) {
        return new KioskServer(KioskSettings.of(dir).withHost("127.0.0.1").withPort(0).withStaffPassword(PASSWORD))
                .start();
    }

    /** A class on this kiosk with check-ins, over its HTTP API, of the roster's persons {@code from} on. */
    private static OpenSession classWithCheckIns(HttpClient http, KioskServer kiosk, int from, int count)
            throws Exception {
        String topic = kiosk.database().read(Learning::topics).get(0).id();
        OpenSession open = ClassSessions.openNow(kiosk.database(), kiosk.centre().id(), topic, "Cô Lò Thị Xuân",
                Clock.systemUTC());
        JsonArray learners = new JsonArray(http.send(HttpRequest.newBuilder(kiosk.baseUri().resolve("/api/learners"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        for (int i = from; i < from + count; i++) {
            HttpResponse<String> checkedIn = http.send(HttpRequest.newBuilder(kiosk.baseUri().resolve("/api/check-ins"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"personId\":\"" + learners.getJsonObject(i).getString("id") + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, checkedIn.statusCode(), checkedIn.body());
        }
        return open;
    }

    @Test
    void aPersonChangedOnBothSidesEndsAsTheCentralServerHasItAndAKiosksOwnChangeGoesUp() throws Exception {
        SeededDatabase.createCopies(centralDir, firstDir);
        try (Database central = Database.open(centralDir.resolve("hoctap.db"));
                Database kiosk = Database.open(firstDir.resolve("hoctap.db"));
                SyncServer server = SyncServer.start(central, centralDir, Clock.systemUTC(),
                        "127.0.0.1", 0);
                CentralClient client = new CentralClient()) {
            Centre centre = central.read(Places::centres).get(0);
            DeviceCredential device = enrol(central, client, centre,
                    URI.create("http://127.0.0.1:" + server.port() + "/"));
            SyncOutbox.markAsKiosk(kiosk);
            SyncDown.run(kiosk, device, client);
            List<String> persons = central.read(c -> Jdbc.list(c, "SELECT id FROM person ORDER BY id LIMIT 2",
                    row -> row.getString(1)));
            String both = persons.get(0);
            String kioskOnly = persons.get(1);
            kiosk.write(c -> Jdbc.update(c, "UPDATE person SET full_name = 'Tên ở kiosk' WHERE id IN (?, ?)", both,
                    kioskOnly));
            central.write(c -> Jdbc.update(c, "UPDATE person SET full_name = 'Tên ở xã' WHERE id = ?", both));

            SyncDown.run(kiosk, device, client); // as the kiosk syncs: down first, then up
            SyncUp.run(kiosk, firstDir, device, client);
            for (Database side : List.of(central, kiosk)) {
                assertEquals("Tên ở xã", name(side, both));
                assertEquals("Tên ở kiosk", name(side, kioskOnly));
            }
        }
    }

    @Test
    void anotherCommunesHouseholdsNeverComeDown() throws Exception {
        SeededDatabase.createCopies(centralDir, firstDir);
        try (Database central = Database.open(centralDir.resolve("hoctap.db"));
                Database kiosk = Database.open(firstDir.resolve("hoctap.db"));
                SyncServer server = SyncServer.start(central, centralDir, Clock.systemUTC(), "127.0.0.1", 0);
                CentralClient client = new CentralClient()) {
            Centre centre = central.read(Places::centres).get(0);
            DeviceCredential device = enrol(central, client, centre,
                    URI.create("http://127.0.0.1:" + server.port() + "/"));
            SyncOutbox.markAsKiosk(kiosk);
            SyncDown.run(kiosk, device, client);
            String village = Ids.newId();
            String household = Ids.newId();
            String ours = Ids.newId();
            central.write(c -> {
                String commune = Ids.newId();
                Jdbc.update(c, """
                        INSERT INTO admin_unit (id, code, name, level, valid_from)
                        VALUES (?, '99999', 'Xã khác', 'COMMUNE', '2025-07-01')""", commune);
                Jdbc.update(c, "INSERT INTO village (id, commune_id, name) VALUES (?, ?, 'Bản khác')", village, commune);
                Jdbc.update(c, "INSERT INTO household (id, code, village_id) VALUES (?, 'XK0001', ?)", household,
                        village);
                String ourVillage = Jdbc.one(c, "SELECT id FROM village WHERE commune_id = ? LIMIT 1",
                        row -> row.getString(1), centre.communeId()).orElseThrow();
                Jdbc.update(c, "INSERT INTO household (id, code, village_id) VALUES (?, 'QC9999', ?)", ours,
                        ourVillage);
                return null;
            });
            assertEquals(1, SyncDown.run(kiosk, device, client).records(), "only the household of its own commune");
            assertEquals(0L, (long) kiosk.read(c -> Jdbc.count(c,
                    "SELECT count(*) FROM household WHERE id = ? OR village_id = ?", household, village)));
            assertEquals(1L, (long) kiosk.read(c -> Jdbc.count(c, "SELECT count(*) FROM household WHERE id = ?", ours)));
        }
    }

    private static String name(Database db, String person) {
        return db.read(c -> Jdbc.one(c, "SELECT full_name FROM person WHERE id = ?", row -> row.getString(1), person))
                .orElseThrow();
    }

    private static DeviceCredential enrol(Database central, CentralClient client, Centre centre, URI address)
            throws Exception {
        String code = central.write(c -> EnrolmentCodes.issue(c, centre, Instant.now()));
        return client.enrol(address, centre.code(), code);
    }

    private static long checkIns(Database central, OpenSession open) {
        return central.read(c -> Jdbc.count(c, "SELECT count(*) FROM attendance WHERE session_id = ?",
                open.session().id()));
    }
}
