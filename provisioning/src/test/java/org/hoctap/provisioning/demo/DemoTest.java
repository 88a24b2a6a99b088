package org.hoctap.provisioning.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.hoctap.kiosk.staff.FirstStaffAccount;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.shared.sample.SampleData;
import org.hoctap.shared.store.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as a newcomer uses it, over real HTTP: a villager checks in on the kiosk page's API and
 * shows up in the staff's attendance file; a household texts a code from the virtual phone and gets a
 * Vietnamese reply that came through the gateway over SMPP.
 */
class DemoTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aVillagerChecksInAtTheKioskAndAppearsInTheStaffDownload() throws Exception {
        try (Demo demo = Demo.start(DemoSettings.forTests(dataDir))) {
            HttpResponse<String> page = get(demo.kioskPage());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<html"), page.body());

            JsonObject session = new JsonObject(get(demo.kioskPage().resolve("/api/session")).body());
            assertTrue(session.encode().contains(demo.session().topic().name()), session.encode());

            JsonObject learner = new JsonArray(get(demo.kioskPage().resolve("/api/learners")).body()).getJsonObject(0);
            HttpResponse<String> checkIn = post(demo.kioskPage().resolve("/api/check-ins"),
                    new JsonObject().put("personId", learner.getString("id")).put("lang", "vi"));
            assertEquals(200, checkIn.statusCode(), checkIn.body());
            assertTrue(new JsonObject(checkIn.body()).getString("message").contains(learner.getString("name")));

            String password = Files.readString(dataDir.resolve("kiosk/staff-password")).strip();
            try (StaffClient staff = new StaffClient(demo.kioskPage()).loggedIn(FirstStaffAccount.NAME, password)) {
                HttpResponse<String> csv = staff.get("/staff/attendance.csv");
                assertEquals(200, csv.statusCode());
                assertTrue(csv.body().contains(learner.getString("name")), csv.body());
            }
        }
    }

    @Test
    void aHouseholdTextsACodeFromTheVirtualPhoneAndGetsAVietnameseReply() throws Exception {
        try (Demo demo = Demo.start(DemoSettings.forTests(dataDir))) {
            assertTrue(demo.gateway().awaitBound(DEADLINE), "the gateway did not bind to the simulator");
            URI phonePage = demo.phonePage();
            assertEquals(200, get(phonePage).statusCode());

            JsonObject phones = new JsonObject(get(phonePage.resolve("/api/phones")).body());
            String phone = phones.getJsonArray("phones").getString(0);
            assertEquals(demo.sample().examplePhones().get(0), phone);

            HttpResponse<String> sent = post(phonePage.resolve("/api/sms"),
                    new JsonObject().put("from", phone).put("text", "12"));
            assertEquals(202, sent.statusCode(), sent.body());

            JsonObject reply = awaitReply(phonePage, phone)
                    .orElseThrow(() -> new AssertionError("no reply on the virtual phone within " + DEADLINE));
            assertEquals(DemoSettings.SHORT_CODE, reply.getString("peer"));
            assertTrue(reply.getString("text").contains("đọc sách, báo"), reply.getString("text"));
            long recorded = demo.gateway().database().read(c -> Jdbc.count(c,
                    "SELECT count(*) FROM activity a JOIN phone p ON p.household_id = a.household_id"
                            + " WHERE p.e164 = ? AND a.activity_code = 12 AND a.channel = 'SMS'", phone));
            assertEquals(1L, recorded);

            JsonObject figures = new JsonObject(get(demo.gatewayStatus()).body());
            assertTrue(figures.getJsonObject("smpp").getBoolean("bound"), figures.encode());
            assertEquals(1L, figures.getJsonObject("mo").getLong("total"), figures.encode());
        }
    }

    @Test
    void aSecondStartReusesTheDataAndTheOpenClass() throws Exception {
        String sessionId;
        try (Demo first = Demo.start(DemoSettings.forTests(dataDir))) {
            sessionId = first.session().session().id();
        }
        try (Demo second = Demo.start(DemoSettings.forTests(dataDir))) {
            assertEquals(sessionId, second.session().session().id());
            assertEquals(second.sample().households(),
                    SampleData.summary(second.kiosk().database()).orElseThrow().households());
            long centres = second.kiosk().database().read(c -> Jdbc.count(c, "SELECT count(*) FROM centre"));
            assertEquals(1L, centres);
        }
    }

    private Optional<JsonObject> awaitReply(URI phonePage, String phone) throws IOException, InterruptedException {
        URI messages = phonePage.resolve("/api/phones/" + URLEncoder.encode(phone, StandardCharsets.UTF_8)
                + "/messages");
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonArray conversation = new JsonArray(get(messages).body());
            for (int i = 0; i < conversation.size(); i++) {
                JsonObject message = conversation.getJsonObject(i);
                if (message.getString("direction").equals("MT")) {
                    return Optional.of(message);
                }
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, JsonObject body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
