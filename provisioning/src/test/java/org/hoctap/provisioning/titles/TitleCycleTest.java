package org.hoctap.provisioning.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.officers.FirstOfficer;
import org.hoctap.gateway.officers.web.OfficerClient;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.sync.EnrolmentCodes;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.kiosk.sync.CentralClient;
import org.hoctap.provisioning.demo.Demo;
import org.hoctap.provisioning.demo.DemoSettings;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly cycle on the whole system: a Hmong household registers as a learning family by SMS and
 * reports reading, one of its members checks in at the kiosk, the kiosk syncs, an officer reviews
 * the score with its evidence, records a fact, confirms, sends the results, and the household's
 * phone receives its result in Hmong through the SMSC simulator, and again when it texts KQ.
 */
class TitleCycleTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    java.nio.file.Path dataDir;

    @Test
    void registerReportCheckInSyncReviewConfirmAndTheResultArrivesInHmong() throws Exception {
        try (Demo demo = Demo.start(DemoSettings.forTests(dataDir)); HttpClient http = HttpClient.newHttpClient()) {
            assertTrue(demo.gateway().awaitBound(DEADLINE));
            String phone = SeededDatabase.samplePhone(demo.gateway().database());
            int year = TitleYears.of(Instant.now());

            assertTrue(text(demo, phone, "NN MONG", m -> m.text().startsWith("Txij nuav mus")));
            assertTrue(text(demo, phone, "GDHT", m -> m.text().startsWith("Sau npe Gia dinh hoc tap xyoo " + year)));
            assertTrue(text(demo, phone, "12x12", m -> m.text().contains("12")));

            // A member of the household checks in at the kiosk's open class, and the kiosk syncs.
            String householdId = demo.gateway().database().read(c -> People.phone(c, phone)).orElseThrow().householdId();
            Person member = demo.gateway().database().read(c -> People.members(c, householdId)).get(0);
            Centre centre = demo.gateway().database().read(Places::centres).get(0);
            String code = demo.gateway().database().write(c -> EnrolmentCodes.issue(c, centre, Instant.now()));
            try (CentralClient central = new CentralClient()) {
                central.enrol(demo.syncAddress(), centre.code(), code).save(demo.settings().kioskDir());
            }
            HttpResponse<String> checkIn = http.send(HttpRequest.newBuilder(demo.kiosk().baseUri().resolve("/api/check-ins"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("personId", member.id()).encode()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, checkIn.statusCode(), checkIn.body());
            String staffPassword = Files.readString(demo.kiosk().settings().staffPasswordFile()).strip();
            try (StaffClient staff = new StaffClient(demo.kiosk().baseUri()).loggedIn("staff", staffPassword)) {
                HttpResponse<String> synced = staff.post("/api/staff/sync", "{}");
                assertEquals(200, synced.statusCode(), synced.body());
            }

            // The officer reviews: the evidence is there, from the phone and from the kiosk.
            OfficerClient officer = new OfficerClient(demo.gateway().webPort().orElseThrow());
            String password = Files.readString(demo.settings().gatewayDir()
                    .resolve(GatewaySettings.OFFICER_PASSWORD_FILE)).strip();
            assertEquals(200, officer.logIn(FirstOfficer.LOGIN, password).status());
            JsonArray registrations = officer.get("/api/registrations?year=" + year).body().getJsonArray("registrations");
            assertEquals(1, registrations.size());
            String id = registrations.getJsonObject(0).getString("id");
            JsonObject score = officer.get("/api/registrations/" + id).body().getJsonObject("score");
            JsonObject reading = indicator(score, "2.3");
            assertEquals(12, reading.getInteger("figure"));
            assertEquals(7, reading.getInteger("points"), "reading 12 times earns the indicator's full points");
            JsonObject classes = indicator(score, "2.2");
            assertEquals(1, classes.getInteger("figure"), "the kiosk's check-in, synced");
            assertEquals(3, classes.getInteger("points"));

            OfficerClient.Answer fact = officer.post("/api/registrations/" + id + "/facts",
                    new JsonObject().put("fact", "CULTURAL_FAMILY").put("value", 1).put("note", "giấy công nhận"));
            assertEquals(200, fact.status(), fact.body().encode());
            OfficerClient.Answer confirmed = officer.post("/api/registrations/" + id + "/confirm", new JsonObject());
            assertEquals(200, confirmed.status(), confirmed.body().encode());
            int total = confirmed.body().getJsonObject("decision").getInteger("total");
            assertFalse(confirmed.body().getJsonObject("decision").getBoolean("achieved"));

            OfficerClient.Answer sent = officer.post("/api/results/send", new JsonObject().put("year", year));
            assertEquals(1, sent.body().getInteger("queued"), sent.body().encode());
            // Results wait for quiet hours to end; whatever the hour this test runs at, it is morning now.
            demo.gateway().database().write(c -> Jdbc.update(c,
                    "UPDATE outbound_message SET not_before = NULL WHERE template LIKE 'result.%'"));
            String expected = "tsi tau Gia dinh hoc tap xyoo " + year + ": " + total + "/100 qhab nia. Tseem tsi txaus: ";
            assertTrue(demo.smsc().awaitMessage(phone, m -> m.isMt() && m.text().contains(expected), DEADLINE)
                    .isPresent(), "the result, in Hmong");
            assertTrue(text(demo, phone, "KQ", m -> m.text().contains(expected)), "KQ answers with it");
        }
    }

    private static JsonObject indicator(JsonObject score, String code) {
        JsonArray all = score.getJsonArray("indicators");
        for (int i = 0; i < all.size(); i++) {
            if (all.getJsonObject(i).getString("code").equals(code)) {
                return all.getJsonObject(i);
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    /** Texts {@code message} from the phone and waits for a reply that matches. */
    private static boolean text(Demo demo, String phone, String message, Predicate<HandsetMessage> reply)
            throws InterruptedException {
        Instant sentAt = Instant.now();
        demo.smsc().deliverMo(phone, message);
        return demo.smsc().awaitMessage(phone, m -> m.isMt() && !m.at().isBefore(sentAt) && reply.test(m), DEADLINE)
                .isPresent();
    }
}
