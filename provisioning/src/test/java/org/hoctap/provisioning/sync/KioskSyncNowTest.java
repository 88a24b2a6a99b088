package org.hoctap.provisioning.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.hoctap.gateway.sync.EnrolmentCodes;
import org.hoctap.gateway.sync.SyncServer;
import org.hoctap.kiosk.KioskServer;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.kiosk.sync.CentralClient;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running kiosk, enrolled: a check-in reaches the central server when staff press "sync now". */
class KioskSyncNowTest {
    private static final String PASSWORD = "staff-secret-42";

    @TempDir
    Path centralDir;

    @TempDir
    Path kioskDir;

    @Test
    void syncNowSendsTheCheckInAndSaysSoAndAFailureIsSaidToo() throws Exception {
        SeededDatabase.createCopies(centralDir, kioskDir);
        try (Database central = Database.open(centralDir.resolve("hoctap.db"));
                HttpClient http = HttpClient.newHttpClient()) {
            Centre centre = central.read(Places::centres).get(0);
            SyncServer server = SyncServer.start(central, centralDir, Clock.systemUTC(),
                    "127.0.0.1", 0);
            try (CentralClient client = new CentralClient()) {
                String code = central.write(c -> EnrolmentCodes.issue(c, centre, Instant.now()));
                client.enrol(URI.create("http://127.0.0.1:" + server.port() + "/"), centre.code(), code)
                        .save(kioskDir);
            }
            KioskSettings settings = KioskSettings.of(kioskDir).withHost("127.0.0.1").withPort(0)
                    .withStaffPassword(PASSWORD);
            try (KioskServer kiosk = new KioskServer(settings).start();
                    StaffClient staff = new StaffClient(kiosk.baseUri()).loggedIn("staff", PASSWORD)) {
                String topic = kiosk.database().read(Learning::topics).get(0).id();
                OpenSession open = ClassSessions.openNow(kiosk.database(), kiosk.centre().id(), topic, "Cô Xuân",
                        Clock.systemUTC());
                String person = new JsonArray(get(http, kiosk, "/api/learners")).getJsonObject(0).getString("id");
                HttpResponse<String> checkedIn = http.send(HttpRequest.newBuilder(kiosk.baseUri()
                        .resolve("/api/check-ins")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + person + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, checkedIn.statusCode(), checkedIn.body());

                Files.createDirectories(centralDir.resolve("templates"));
                Files.writeString(centralDir.resolve("templates/vi.properties"),
                        "kiosk.title = Trung tâm học tập cộng đồng Quài Chiềng\n");

                HttpResponse<String> synced = staff.post("/api/staff/sync", "{}");
                assertEquals(200, synced.statusCode(), synced.body());
                assertTrue(new JsonObject(synced.body()).getString("message").startsWith("Đã đồng bộ"), synced.body());
                assertEquals(1L, (long) central.read(c -> Jdbc.count(c,
                        "SELECT count(*) FROM attendance WHERE session_id = ?", open.session().id())));
                assertEquals("kiosk.title = Trung tâm học tập cộng đồng Quài Chiềng\n",
                        Files.readString(kioskDir.resolve("templates/vi.properties")), "the officers' wording came down");
                JsonObject status = new JsonObject(get(http, kiosk, "/api/sync"));
                assertEquals(true, status.getBoolean("enrolled"));
                assertEquals(true, status.getJsonObject("last").getBoolean("ok"));

                server.close(); // the link goes
                HttpResponse<String> failed = staff.post("/api/staff/sync", "{}");
                assertEquals(503, failed.statusCode(), failed.body());
                assertEquals("Chưa đồng bộ được: không kết nối được máy chủ trung tâm. Kiểm tra mạng (3G, Wi-Fi) "
                        + "rồi thử lại.", new JsonObject(failed.body()).getString("message"));
                assertEquals(false, new JsonObject(get(http, kiosk, "/api/sync")).getJsonObject("last").getBoolean("ok"));
            }
        }
    }

    private static String get(HttpClient http, KioskServer kiosk, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(kiosk.baseUri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
