package org.hoctap.gateway.officers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hoctap.gateway.GatewayServer;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.officers.OfficerRole;
import org.hoctap.gateway.officers.Officers;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.RegistrationChannel;
import org.hoctap.gateway.titles.registration.Registrations;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.login.SecretHash;
import org.hoctap.shared.places.AdminLevel;
import org.hoctap.shared.places.AdminUnit;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.titles.TitleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The central web over real HTTP, on a gateway with the seeded commune (no SMSC needed: nothing is sent here). */
class OfficerWebTest {
    @TempDir
    Path dataDir;

    private GatewayServer gateway;
    private String provincePassword;
    private int year;

    @BeforeEach
    void start() throws Exception {
        SeededDatabase.create(dataDir).close();
        SmppSettings nowhere = SmppSettings.of("127.0.0.1", 9, "hoctap", "secret", "8055");
        gateway = new GatewayServer(new GatewaySettings(dataDir, nowhere, GatewaySettings.VIETNAM).withWebPort(0)).start();
        provincePassword = Files.readString(dataDir.resolve(GatewaySettings.OFFICER_PASSWORD_FILE)).strip();
        year = TitleYears.of(Instant.now());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private OfficerClient client() throws Exception {
        return new OfficerClient(gateway.webPort().orElseThrow());
    }

    /** An officer of a commune with nobody in it, in the same province; returns the commune's id. */
    private String otherCommuneOfficer(String login, String password) {
        Database db = gateway.database();
        return db.write(c -> {
            String province = Jdbc.one(c, "SELECT id FROM admin_unit WHERE level = 'PROVINCE'", row -> row.getString(1))
                    .orElseThrow();
            String commune = Ids.newId();
            Places.insert(c, new AdminUnit(commune, "99030", "xã Khác", AdminLevel.COMMUNE, Optional.of(province),
                    LocalDate.of(2025, 7, 1), Optional.empty()));
            Officers.create(c, login, "Cán bộ xã Khác", OfficerRole.COMMUNE_OFFICER, commune, false,
                    SecretHash.of(password), Instant.now());
            return commune;
        });
    }

    private String firstHouseholdCode() {
        return gateway.database().read(c -> Jdbc.one(c, "SELECT code FROM household ORDER BY code LIMIT 1",
                row -> row.getString(1))).orElseThrow();
    }

    @Test
    void aWrongPasswordIsRefusedInVietnameseAndFiveLockTheLogin() throws Exception {
        OfficerClient browser = client();
        OfficerClient.Answer wrong = browser.logIn("tinh", "sai");
        assertEquals(401, wrong.status());
        assertEquals("Sai tên đăng nhập hoặc mật khẩu.", wrong.message());
        for (int i = 0; i < 4; i++) {
            browser.logIn("tinh", "sai");
        }
        OfficerClient.Answer locked = browser.logIn("tinh", provincePassword);
        assertEquals(429, locked.status());
        assertTrue(locked.message().startsWith("Đăng nhập sai nhiều lần"), locked.message());
    }

    @Test
    void aDisabledAccountLosesItsOpenSessionAndARoleTakenAwayCountsAtOnce() throws Exception {
        otherCommuneOfficer("xa.khac", "mat-khau-xa-khac");
        OfficerClient commune = client();
        assertEquals(200, commune.logIn("xa.khac", "mat-khau-xa-khac").status());
        assertEquals(200, commune.get("/api/registrations?year=" + year).status());
        OfficerClient province = client();
        assertEquals(200, province.logIn("tinh", provincePassword).status());
        assertEquals("PROVINCE_OFFICER", province.get("/api/me").body().getString("role"));

        gateway.database().write(c -> Jdbc.update(c, "UPDATE officer SET disabled_at = ? WHERE login = 'xa.khac'",
                Instant.now()));
        OfficerClient.Answer after = commune.get("/api/registrations?year=" + year);
        assertEquals(401, after.status());
        assertEquals("Xin đăng nhập trước.", after.message());
        assertEquals(new JsonObject(), commune.get("/api/me").body(), "logged out");

        gateway.database().write(c -> Jdbc.update(c, "UPDATE officer SET role = 'CENTRE_STAFF', unit_id = "
                + "(SELECT id FROM centre LIMIT 1) WHERE login = 'tinh'"));
        assertEquals("CENTRE_STAFF", province.get("/api/me").body().getString("role"));
        assertEquals(403, province.post("/api/targets", new JsonObject().put("title", "FAMILY")
                .put("area", "NORMAL").put("percent", 90)).status(), "no longer a province officer");
    }

    @Test
    void guessesSentAllAtOnceAreCheckedNoMoreThanTheLimit() throws Exception {
        int guesses = 16;
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            java.util.List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String guess = "sai" + i;
                sent.add(threads.submit(() -> client().logIn("tinh", guess).status()));
            }
            for (var answer : sent) {
                statuses.add(answer.get());
            }
        }
        assertEquals(org.hoctap.shared.login.LoginThrottle.MAX_FAILURES,
                statuses.stream().filter(s -> s == 401).count(), statuses.toString());
    }

    @Test
    void aLoginTakesANewSessionIdSoThatOnePlantedBeforeStaysLoggedOut() throws Exception {
        OfficerClient browser = client();
        java.net.HttpCookie planted = browser.sessionCookie().orElseThrow();
        assertEquals(200, browser.logIn("tinh", provincePassword).status());
        assertFalse(planted.getValue().equals(browser.sessionCookie().orElseThrow().getValue()), "a new id at login");
        OfficerClient planter = client();
        planter.plant(planted);
        assertEquals(new JsonObject(), planter.get("/api/me").body(), "the id known before the login is not logged in");
    }

    @Test
    void nothingAnswersWithoutALoginOrWithoutTheToken() throws Exception {
        OfficerClient browser = client();
        OfficerClient.Answer anonymous = browser.get("/api/registrations");
        assertEquals(401, anonymous.status());
        assertEquals("Xin đăng nhập trước.", anonymous.message());
        assertEquals(200, browser.logIn("tinh", provincePassword).status());
        OfficerClient.Answer forged = browser.postWithoutToken("/api/registrations",
                new JsonObject().put("title", "FAMILY").put("household", firstHouseholdCode()));
        assertEquals(403, forged.status());
        assertEquals(0L, (long) gateway.database().read(c -> Jdbc.count(c, "SELECT count(*) FROM title_registration")));
    }

    @Test
    void aRegistrationIsReviewedAdjustedAndConfirmedWithItsEvidenceShown() throws Exception {
        OfficerClient browser = client();
        assertEquals(200, browser.logIn("tinh", provincePassword).status());
        OfficerClient.Answer registered = browser.post("/api/registrations",
                new JsonObject().put("year", year).put("title", "FAMILY").put("household", firstHouseholdCode()));
        assertEquals(201, registered.status(), registered.body().encode());
        String id = registered.body().getString("id");
        JsonObject rules = registered.body().getJsonObject("rules");
        assertEquals("gdht-2016@1", rules.getString("label"));
        assertTrue(rules.getString("legalBasis").startsWith("QĐ 448/QĐ-KHVN"));
        JsonArray indicators = registered.body().getJsonObject("score").getJsonArray("indicators");
        assertEquals(11, indicators.size());
        JsonObject reading = indicators.getJsonObject(5);
        assertEquals("2.3", reading.getString("code"));
        assertEquals(new JsonArray().add(12), reading.getJsonObject("evidence").getJsonArray("codes"));
        assertEquals(12, reading.getJsonObject("evidence").getJsonArray("steps").getJsonObject(0).getInteger("atLeast"));

        OfficerClient.Answer noReason = browser.post("/api/registrations/" + id + "/adjust",
                new JsonObject().put("indicator", "4.1").put("points", 10));
        assertEquals(400, noReason.status());
        assertEquals("Ghi lý do điều chỉnh.", noReason.message());

        OfficerClient.Answer fact = browser.post("/api/registrations/" + id + "/facts",
                new JsonObject().put("fact", "CULTURAL_FAMILY").put("value", 1).put("note", "giấy khen 2026"));
        assertEquals(200, fact.status(), fact.body().encode());
        assertEquals(10, fact.body().getJsonObject("score").getJsonArray("indicators").getJsonObject(9).getInteger("points"));
        OfficerClient.Answer unknownFact = browser.post("/api/registrations/" + id + "/facts",
                new JsonObject().put("fact", "NUMERACY").put("value", 8));
        assertEquals(400, unknownFact.status());

        OfficerClient.Answer adjusted = browser.post("/api/registrations/" + id + "/adjust",
                new JsonObject().put("indicator", "3.1").put("points", 10).put("reason", "có tủ sách, đã đến xem"));
        assertEquals(200, adjusted.status());
        assertEquals(20, adjusted.body().getJsonObject("score").getInteger("total"));

        OfficerClient.Answer confirmed = browser.post("/api/registrations/" + id + "/confirm", new JsonObject());
        assertEquals(200, confirmed.status());
        JsonObject decision = confirmed.body().getJsonObject("decision");
        assertEquals("tinh", decision.getString("decidedBy"));
        assertEquals(20, decision.getInteger("total"));
        assertFalse(decision.getBoolean("achieved"));

        JsonObject list = browser.get("/api/registrations?year=" + year).body();
        assertEquals(1, list.getJsonArray("registrations").size());
        assertEquals(20, list.getJsonArray("registrations").getJsonObject(0).getJsonObject("decision").getInteger("total"));
    }

    @Test
    void aRegistrationNoRuleSetCoversIsListedWithWhyAndTheOthersStillAre() throws Exception {
        // The citizen's criteria start in 2022: staff cannot register a citizen for 2021 any more...
        OfficerClient browser = client();
        assertEquals(200, browser.logIn("tinh", provincePassword).status());
        OfficerClient.Answer refused = browser.post("/api/registrations", new JsonObject().put("year", 2021)
                .put("title", "CITIZEN").put("household", firstHouseholdCode()).put("member", 1));
        assertEquals(400, refused.status());
        assertEquals("Chưa có bộ tiêu chí cho danh hiệu Công dân học tập năm 2021.", refused.message());
        assertEquals(201, browser.post("/api/registrations", new JsonObject().put("year", 2021).put("title", "FAMILY")
                .put("household", firstHouseholdCode())).status());
        // ...but one may be there from before, as when a province's own file changes the years its rules cover.
        String citizen = gateway.database().write(c -> Registrations.register(c, 2021, TitleKind.CITIZEN,
                new Registrant.Person(Jdbc.one(c, """
                        SELECT p.id FROM person p JOIN household h ON h.id = p.household_id
                        WHERE h.code = ? AND p.member_no = 1""", row -> row.getString(1), firstHouseholdCode())
                        .orElseThrow()), RegistrationChannel.STAFF, Instant.now(), "test")).registration().id();

        OfficerClient.Answer list = browser.get("/api/registrations?year=2021");
        assertEquals(200, list.status(), list.body().encode());
        JsonArray registrations = list.body().getJsonArray("registrations");
        assertEquals(2, registrations.size());
        JsonObject unscored = registrations.stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("id").equals(citizen)).findFirst().orElseThrow();
        assertEquals("Công dân học tập", unscored.getString("titleName"));
        assertEquals("no_rules", unscored.getString("unscored"));
        assertNull(unscored.getJsonObject("score"));
        assertTrue(registrations.stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("title").equals("FAMILY") && r.getJsonObject("score") != null));

        OfficerClient.Answer opened = browser.get("/api/registrations/" + citizen);
        assertEquals(200, opened.status(), opened.body().encode());
        assertEquals("no_rules", opened.body().getString("unscored"));
        assertNull(opened.body().getJsonObject("rules"));
        OfficerClient.Answer confirm = browser.post("/api/registrations/" + citizen + "/confirm", new JsonObject());
        assertEquals(400, confirm.status());
        assertEquals("Chưa có bộ tiêu chí cho danh hiệu Công dân học tập năm 2021.", confirm.message());
        assertEquals(400, browser.post("/api/registrations/" + citizen + "/facts",
                new JsonObject().put("fact", "NUMERACY").put("value", 8)).status());
        assertEquals(0L, (long) gateway.database().read(c -> Jdbc.count(c, "SELECT count(*) FROM title_decision")));
    }

    @Test
    void aCommuneOfficerSeesNeitherAnotherCommunesPeopleNorTheirEthnicity() throws Exception {
        OfficerClient province = client();
        province.logIn("tinh", provincePassword);
        String householdCode = firstHouseholdCode();
        OfficerClient.Answer registered = province.post("/api/registrations", new JsonObject().put("year", year)
                .put("title", "CITIZEN").put("household", householdCode).put("member", 1));
        assertEquals(201, registered.status(), registered.body().encode());
        assertTrue(registered.body().getJsonObject("registrant").containsKey("ethnicity"),
                "the province officer may see sensitive data");

        otherCommuneOfficer("xa.khac", "mat-khau-xa-khac");
        OfficerClient commune = client();
        assertEquals(200, commune.logIn("xa.khac", "mat-khau-xa-khac").status());
        assertEquals(0, commune.get("/api/registrations?year=" + year).body().getJsonArray("registrations").size());
        OfficerClient.Answer peek = commune.get("/api/registrations/" + registered.body().getString("id"));
        assertEquals(403, peek.status());
        assertEquals("Đăng ký này thuộc xã khác: tài khoản của bạn không xem được.", peek.message());
        assertNull(peek.body().getJsonObject("registrant"));
        OfficerClient.Answer intrude = commune.post("/api/registrations", new JsonObject().put("year", year)
                .put("title", "FAMILY").put("household", householdCode));
        assertEquals(403, intrude.status());
        assertEquals(1L, (long) gateway.database().read(c -> Jdbc.count(c, "SELECT count(*) FROM title_registration")),
                "the refused registration was not kept");
        OfficerClient.Answer sent = commune.post("/api/results/send", new JsonObject().put("year", year));
        assertEquals(200, sent.status());
        assertEquals(0, sent.body().getInteger("queued"), "nothing of the other commune's goes out");
    }

    @Test
    void aVillageNameTwoCommunesShareIsTheOfficersOwnOrAskedToBeToldApart() throws Exception {
        String sampleVillage = gateway.database().write(c -> {
            String commune = Jdbc.one(c, "SELECT commune_id FROM village LIMIT 1", row -> row.getString(1)).orElseThrow();
            String id = Ids.newId();
            Places.insert(c, new org.hoctap.shared.places.Village(id, commune, "Bản Trùng"));
            return id;
        });
        String otherCommune = otherCommuneOfficer("xa.khac", "mat-khau-xa-khac");
        String otherVillage = gateway.database().write(c -> {
            String id = Ids.newId();
            Places.insert(c, new org.hoctap.shared.places.Village(id, otherCommune, "Bản Trùng"));
            return id;
        });
        JsonObject community = new JsonObject().put("year", year).put("title", "COMMUNITY").put("village", "Bản Trùng");

        OfficerClient commune = client();
        commune.logIn("xa.khac", "mat-khau-xa-khac");
        OfficerClient.Answer theirs = commune.post("/api/registrations", community);
        assertEquals(201, theirs.status(), theirs.body().encode());
        assertEquals(otherVillage, gateway.database().read(c -> Jdbc.one(c,
                "SELECT village_id FROM title_registration WHERE id = ?", row -> row.getString(1),
                theirs.body().getString("id"))).orElseThrow(), "the village in the officer's own commune");

        OfficerClient province = client();
        province.logIn("tinh", provincePassword);
        OfficerClient.Answer ambiguous = province.post("/api/registrations", community);
        assertEquals(400, ambiguous.status());
        assertTrue(ambiguous.message().startsWith("Có 2 thôn bản cùng tên này: ghi thêm tên xã"), ambiguous.message());
        String sampleCommuneName = gateway.database().read(c -> Jdbc.one(c,
                "SELECT u.name FROM admin_unit u JOIN village v ON v.commune_id = u.id WHERE v.id = ?",
                row -> row.getString(1), sampleVillage)).orElseThrow();
        OfficerClient.Answer told = province.post("/api/registrations",
                community.copy().put("village", "Bản Trùng, " + sampleCommuneName));
        assertEquals(201, told.status(), told.body().encode());
        assertEquals(sampleVillage, gateway.database().read(c -> Jdbc.one(c,
                "SELECT village_id FROM title_registration WHERE id = ?", row -> row.getString(1),
                told.body().getString("id"))).orElseThrow());
    }

    @Test
    void thePageItselfIsServedWithItsSecurityHeaders() throws Exception {
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                        + gateway.webPort().orElseThrow() + "/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("officers.js"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    }

    @Test
    void theYearlyReportDownloadsAsCsvAndXlsxAndTheDashboardKeepsEthnicityToThoseAllowed() throws Exception {
        OfficerClient province = client();
        province.logIn("tinh", provincePassword);
        java.net.http.HttpResponse<byte[]> csv = province.download("/download/yearly-report?year=" + year + "&format=csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFXã (commune),\"Thôn, bản (village)\",Số hộ (households),"), text.substring(0, 80));
        assertTrue(text.contains("\r\nxã Quài Chiềng,Cả xã,300,"), "the commune's total row");
        assertEquals("attachment; filename=\"bao-cao-nam-" + year + ".csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        java.net.http.HttpResponse<byte[]> xlsx = province.download("/download/centres?year=" + year + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', xlsx.body()[0]);
        assertEquals('K', xlsx.body()[1]);
        assertEquals(2L, (long) gateway.database().read(c -> Jdbc.count(c,
                "SELECT count(*) FROM officer_action WHERE officer = 'tinh' AND action = 'download'")), "each in the log");
        assertTrue(province.get("/api/figures?year=" + year).body().getJsonObject("learnerTurns").containsKey("byEthnicity"));

        otherCommuneOfficer("xa.khac", "mat-khau-xa-khac");
        OfficerClient commune = client();
        commune.logIn("xa.khac", "mat-khau-xa-khac");
        JsonObject figures = commune.get("/api/figures?year=" + year).body();
        assertFalse(figures.getJsonObject("learnerTurns").containsKey("byEthnicity"));
        assertEquals(0, figures.getJsonArray("villages").size(), "the other commune has no village of the sample");
        String theirs = new String(commune.download("/download/yearly-report?year=" + year + "&format=csv").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(theirs.contains("Quài Chiềng"));

        OfficerClient.Answer refused = commune.post("/api/targets",
                new JsonObject().put("title", "FAMILY").put("area", "NORMAL").put("percent", 90));
        assertEquals(403, refused.status());
        assertEquals("Chỉ cán bộ tỉnh đặt được chỉ tiêu.", refused.message());
        OfficerClient.Answer set = province.post("/api/targets",
                new JsonObject().put("title", "FAMILY").put("area", "DISADVANTAGED").put("percent", 55));
        assertEquals(200, set.status(), set.body().encode());
        JsonArray progress = province.get("/api/figures?year=" + year).body().getJsonArray("progress");
        boolean found = false;
        for (int i = 0; i < progress.size(); i++) {
            JsonObject p = progress.getJsonObject(i);
            if (p.getString("title").equals("FAMILY") && p.getString("commune").equals("xã Quài Chiềng")) {
                assertEquals(55, p.getInteger("target"));
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void aReminderIsPreviewedWithItsCostScheduledListedAndCancelled() throws Exception {
        OfficerClient province = client();
        province.logIn("tinh", provincePassword);
        JsonObject progress = new JsonObject().put("kind", "PROGRESS").put("goal", 5).put("audience", "ALL");
        OfficerClient.Answer preview = province.post("/api/reminders/preview", progress);
        assertEquals(200, preview.status(), preview.body().encode());
        int messages = preview.body().getInteger("messages");
        long segments = preview.body().getLong("segments");
        assertTrue(messages > 100, "the sample commune's phones: " + messages);
        assertTrue(segments >= messages);
        assertEquals(segments * 350, preview.body().getLong("cost"));
        assertTrue(preview.body().getJsonArray("samples").getJsonObject(0).getString("text").contains("TC:"));
        assertEquals(0L, (long) gateway.database().read(c -> Jdbc.count(c, "SELECT count(*) FROM outbound_message")),
                "a preview sends nothing");

        OfficerClient.Answer past = province.post("/api/reminders", progress.copy().put("sendAt", "2020-01-01T08:00"));
        assertEquals(400, past.status());
        assertTrue(past.message().startsWith("Cần lời nhắn tiếng Việt"), past.message());
        String week = (year + 1) + "-10-01T08:00";
        OfficerClient.Answer scheduled = province.post("/api/reminders", new JsonObject().put("kind", "TEXT")
                .put("texts", new JsonObject().put("vi", "Tuần lễ học tập suốt đời: mời cả nhà đến trung tâm."))
                .put("sendAt", week));
        assertEquals(201, scheduled.status(), scheduled.body().encode());
        assertEquals("SCHEDULED", scheduled.body().getString("state"));
        assertEquals(week, scheduled.body().getString("sendAtLocal"));
        String id = scheduled.body().getString("id");
        assertEquals(1, province.get("/api/reminders").body().getJsonArray("reminders").size());
        gateway.database().write(c -> {
            String centre = Jdbc.one(c, "SELECT id FROM centre", row -> row.getString(1)).orElseThrow();
            Officers.create(c, "ttht", "Cán bộ trung tâm", OfficerRole.CENTRE_STAFF, centre, false,
                    SecretHash.of("mat-khau-ttht"), Instant.now());
            return null;
        });
        OfficerClient staff = client();
        staff.logIn("ttht", "mat-khau-ttht");
        OfficerClient.Answer notTheirs = staff.post("/api/reminders/" + id + "/cancel", new JsonObject());
        assertEquals(403, notTheirs.status(), "centre staff of the same commune may not cancel the province's reminder");
        assertEquals("Tài khoản của bạn không được gửi hay hủy nhắc nhở.", notTheirs.message());

        assertEquals("CANCELLED", province.post("/api/reminders/" + id + "/cancel", new JsonObject()).body()
                .getString("state"));
        assertEquals(400, province.post("/api/reminders/" + id + "/cancel", new JsonObject()).status());

        assertEquals(403, staff.post("/api/reminders/preview", progress).status());
        assertEquals(200, staff.get("/api/registrations?year=" + year).status(),
                "centre staff may still look at their commune's registrations");
    }
}
