package org.hoctap.provisioning.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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
 * Two kiosks of one centre and the central server, each with its own data folder, over real HTTP:
 * both kiosks' classes and check-ins arrive once; a change made on the central server reaches both
 * kiosks, and does not go back up.
 */
class TwoKiosksSyncTest {
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
                Database first = Database.open(firstDir.resolve("hoctap.db"));
                Database second = Database.open(secondDir.resolve("hoctap.db"));
                SyncServer server = SyncServer.start(central, centralDir, Clock.systemUTC(),
                        "127.0.0.1", 0);
                CentralClient client = new CentralClient()) {
            Centre centre = central.read(Places::centres).get(0);
            URI address = URI.create("http://127.0.0.1:" + server.port() + "/");
            DeviceCredential firstDevice = enrol(central, client, centre, address);
            DeviceCredential secondDevice = enrol(central, client, centre, address);
            SyncOutbox.markAsKiosk(first);
            SyncOutbox.markAsKiosk(second);
            SyncDown.run(first, firstDevice, client); // from empty: the whole roster, in pages
            SyncDown.run(second, secondDevice, client);

            OpenSession morning = classWithCheckIns(first, centre, 0, 5);
            OpenSession evening = classWithCheckIns(second, centre, 5, 7);
            SyncUp.run(first, firstDir, firstDevice, client);
            SyncUp.run(second, secondDir, secondDevice, client);
            SyncUp.run(first, firstDir, firstDevice, client);
            assertEquals(5, checkIns(central, morning));
            assertEquals(7, checkIns(central, evening));

            String person = central.read(c -> Jdbc.one(c, "SELECT id FROM person ORDER BY id LIMIT 1",
                    row -> row.getString(1))).orElseThrow();
            central.write(c -> Jdbc.update(c, "UPDATE person SET full_name = 'Lò Thị Mai' WHERE id = ?", person));
            assertEquals(1, SyncDown.run(first, firstDevice, client).records());
            assertEquals(1, SyncDown.run(second, secondDevice, client).records());
            for (Database kiosk : List.of(first, second)) {
                assertEquals("Lò Thị Mai", kiosk.read(c -> Jdbc.one(c, "SELECT full_name FROM person WHERE id = ?",
                        row -> row.getString(1), person)).orElseThrow());
                assertEquals(List.of(), kiosk.read(c -> SyncOutbox.oldest(c, 10)), "what came down does not go up");
            }
            assertEquals(0, SyncDown.run(first, firstDevice, client).records(), "nothing new");
        }
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

    /** A class on this kiosk with check-ins of the roster's persons {@code from} to {@code from + count}. */
    private static OpenSession classWithCheckIns(Database kiosk, Centre centre, int from, int count) {
        String topic = kiosk.read(Learning::topics).get(0).id();
        OpenSession open = ClassSessions.openNow(kiosk, centre.id(), topic, "Cô Lò Thị Xuân", Clock.systemUTC());
        kiosk.write(c -> {
            for (String person : Jdbc.list(c, "SELECT id FROM person ORDER BY id LIMIT ? OFFSET ?",
                    row -> row.getString(1), count, from)) {
                Jdbc.update(c, """
                        INSERT INTO attendance (id, session_id, person_id, checked_in_at, method)
                        VALUES (?, ?, ?, ?, 'CARD')""", Ids.newId(), open.session().id(), person, Instant.now());
            }
            return null;
        });
        return open;
    }

    private static long checkIns(Database central, OpenSession open) {
        return central.read(c -> Jdbc.count(c, "SELECT count(*) FROM attendance WHERE session_id = ?",
                open.session().id()));
    }
}
