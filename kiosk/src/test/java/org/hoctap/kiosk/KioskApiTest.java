package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's API over real HTTP, on a real SQLite file seeded with the sample commune. */
class KioskApiTest {
    private static final Templates TEXTS = Templates.load(Optional.empty());

    @TempDir
    Path dir;

    private KioskFixture fixture;

    @BeforeEach
    void start() {
        fixture = KioskFixture.start(dir);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void checksInALearnerOnDiskAndCountsASecondTapOnce() throws Exception {
        OpenSession open = fixture.openSession("LUA");

        JsonObject session = json(fixture.get("/api/session"));
        assertEquals(true, session.getBoolean("open"));
        assertEquals("QC", session.getJsonObject("centre").getString("code"));
        assertEquals(open.topic().name(), session.getJsonObject("session").getJsonObject("topic").getString("name"));
        assertEquals("rice", session.getJsonObject("session").getJsonObject("topic").getString("pictogram"));

        HttpResponse<String> learners = fixture.get("/api/learners");
        assertEquals(200, learners.statusCode());
        JsonArray list = new JsonArray(learners.body());
        assertEquals(fixture.sample.persons(), list.size());
        JsonObject learner = list.getJsonObject(0);
        assertEquals(List.of("household", "id", "memberNo", "name", "village"),
                learner.fieldNames().stream().sorted().toList(), "only what the screen needs, never ethnicity");

        String personId = learner.getString("id");
        String name = learner.getString("name");
        HttpResponse<String> first = fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}");
        assertEquals(200, first.statusCode(), first.body());
        JsonObject confirmed = new JsonObject(first.body());
        assertEquals(false, confirmed.getBoolean("alreadyCheckedIn"));
        assertEquals(name, confirmed.getString("name"));
        assertEquals(open.topic().name(), confirmed.getString("topic"));
        assertEquals(TEXTS.render("kiosk.checked_in", Language.VI, Map.of("name", name, "topic", open.topic().name())),
                confirmed.getString("message"));
        assertEquals(1, attendanceRowsOnDisk(open.session().id(), personId), "the check-in is in the file");
        assertServerTimingHasItsParts(first);

        HttpResponse<String> second = fixture.post("/api/check-ins",
                "{\"personId\":\"" + personId + "\",\"lang\":\"hnj\"}");
        assertEquals(200, second.statusCode(), second.body());
        JsonObject again = new JsonObject(second.body());
        assertEquals(true, again.getBoolean("alreadyCheckedIn"));
        assertEquals(TEXTS.render("kiosk.already_checked_in", Language.HNJ, Map.of("name", name)),
                again.getString("message"));
        assertEquals(confirmed.getString("checkedInAt"), again.getString("checkedInAt"));
        assertEquals(1, attendanceRowsOnDisk(open.session().id(), personId), "counted once");
    }

    @Test
    void checksInByCardInWhateverFormTheReaderSendsAndSaysWhenACardIsUnknown() throws Exception {
        OpenSession open = fixture.openSession("LUA");
        record Holder(String uid, String personId, String name) {
        }
        Holder holder = fixture.kiosk.database().read(c -> Jdbc.one(c, """
                SELECT k.uid, p.id, p.full_name FROM card k JOIN person p ON p.id = k.person_id ORDER BY k.uid LIMIT 1""",
                row -> new Holder(row.getString(1), row.getString(2), row.getString(3)))).orElseThrow();
        String asAHexReaderTypesIt = holder.uid().toLowerCase().replaceAll("(..)(?!$)", "$1:");
        HttpResponse<String> tapped = fixture.post("/api/check-ins", "{\"card\":\"" + asAHexReaderTypesIt + "\"}");
        assertEquals(200, tapped.statusCode(), tapped.body());
        assertEquals(holder.name(), new JsonObject(tapped.body()).getString("name"));
        String method = fixture.kiosk.database().read(c -> Jdbc.one(c,
                "SELECT method FROM attendance WHERE session_id = ? AND person_id = ?", row -> row.getString(1),
                open.session().id(), holder.personId())).orElseThrow();
        assertEquals("CARD", method);

        String asAnEm4100ReaderTypesIt = String.format("%010d", Long.parseLong(holder.uid(), 16));
        HttpResponse<String> again = fixture.post("/api/check-ins", "{\"card\":\"" + asAnEm4100ReaderTypesIt + "\"}");
        assertEquals(true, new JsonObject(again.body()).getBoolean("alreadyCheckedIn"), again.body());

        HttpResponse<String> unknown = fixture.post("/api/check-ins", "{\"card\":\"FFFFFFFE\",\"lang\":\"hnj\"}");
        assertEquals(404, unknown.statusCode());
        assertEquals("unknown_card", new JsonObject(unknown.body()).getString("error"));
        assertEquals(TEXTS.render("kiosk.unknown_card", Language.HNJ), new JsonObject(unknown.body()).getString("message"));

        for (String body : List.of("{\"card\":\"12\"}", "{\"card\":\"04ABB4C4\",\"personId\":\"x\"}")) {
            HttpResponse<String> bad = fixture.post("/api/check-ins", body);
            assertEquals(400, bad.statusCode(), body);
            assertFalse(new JsonObject(bad.body()).getString("detail").isBlank());
        }
    }

    @Test
    void aLanguageChosenOnTheScreenIsRememberedForThePerson() throws Exception {
        fixture.openSession("LUA");
        String personId = anyLearnerId();
        HttpResponse<String> chosen = fixture.post("/api/check-ins",
                "{\"personId\":\"" + personId + "\",\"lang\":\"hnj\",\"langChosen\":true}");
        assertEquals("hnj", new JsonObject(chosen.body()).getString("lang"), chosen.body());

        HttpResponse<String> later = fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\",\"lang\":\"vi\"}");
        JsonObject again = new JsonObject(later.body());
        assertEquals("hnj", again.getString("lang"), "the screen's language does not override the person's");
        assertEquals(TEXTS.render("kiosk.already_checked_in", Language.HNJ, Map.of("name", again.getString("name"))),
                again.getString("message"));

        HttpResponse<String> bad = fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\",\"langChosen\":\"yes\"}");
        assertEquals(400, bad.statusCode());
    }

    @Test
    void refusesACheckInWhenNoSessionIsOpen() throws Exception {
        JsonObject session = json(fixture.get("/api/session"));
        assertEquals(false, session.getBoolean("open"));
        assertFalse(session.containsKey("session"));

        String personId = anyLearnerId();
        HttpResponse<String> answer = fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}");
        assertEquals(409, answer.statusCode());
        JsonObject body = new JsonObject(answer.body());
        assertEquals("no_session", body.getString("error"));
        assertEquals(TEXTS.render("kiosk.no_session", Language.VI), body.getString("message"));
    }

    @Test
    void refusesUnknownPeopleAndMalformedBodies() throws Exception {
        fixture.openSession("LUA");

        HttpResponse<String> unknown = fixture.post("/api/check-ins", "{\"personId\":\"" + Ids.newId() + "\"}");
        assertEquals(404, unknown.statusCode());
        assertEquals("unknown_person", new JsonObject(unknown.body()).getString("error"));
        assertEquals(TEXTS.render("kiosk.unknown_person", Language.VI), new JsonObject(unknown.body()).getString("message"));

        for (String body : List.of("", "not json", "[1,2]", "{}", "{\"personId\":42}", "{\"personId\":\"  \"}",
                "{\"personId\":\"x\",\"lang\":\"th\"}")) {
            HttpResponse<String> bad = fixture.post("/api/check-ins", body);
            assertEquals(400, bad.statusCode(), "body " + body);
            JsonObject error = new JsonObject(bad.body());
            assertEquals("malformed_request", error.getString("error"));
            assertFalse(error.getString("detail").isBlank(), "says what is wrong with " + body);
            assertEquals(TEXTS.render("kiosk.error_try_again", Language.VI), error.getString("message"));
        }
    }

    @Test
    void confirmsNothingWhenTheWriteFails() throws Exception {
        OpenSession open = fixture.openSession("LUA");
        String personId = anyLearnerId();
        fixture.kiosk.database().write(c -> Jdbc.update(c, """
                CREATE TRIGGER test_write_fails BEFORE INSERT ON attendance
                BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END"""));

        HttpResponse<String> failed = fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}");
        assertEquals(500, failed.statusCode());
        JsonObject error = new JsonObject(failed.body());
        assertEquals("try_again", error.getString("error"));
        assertEquals(TEXTS.render("kiosk.error_try_again", Language.VI), error.getString("message"));
        assertEquals(0, attendanceRowsOnDisk(open.session().id(), personId));

        fixture.kiosk.database().write(c -> Jdbc.update(c, "DROP TRIGGER test_write_fails"));
        HttpResponse<String> retried = fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}");
        assertEquals(200, retried.statusCode());
        assertEquals(false, new JsonObject(retried.body()).getBoolean("alreadyCheckedIn"));
        assertEquals(1, attendanceRowsOnDisk(open.session().id(), personId));
    }

    @Test
    void servesTheScreensTextsWithPlaceholdersForThePage() throws Exception {
        JsonObject hmong = json(fixture.get("/api/texts?lang=hnj"));
        assertEquals("hnj", hmong.getString("lang"));
        JsonObject texts = hmong.getJsonObject("texts");
        assertEquals(TEXTS.render("kiosk.pick_name", Language.HNJ), texts.getString("kiosk.pick_name"));
        assertTrue(texts.getString("kiosk.open_session").contains("{topic}"));
        assertEquals(3, hmong.getJsonArray("languages").size());
        assertEquals(400, fixture.get("/api/texts?lang=th").statusCode());
    }

    @Test
    void exportsTheDaysCheckInsAsCsvForStaffOnly() throws Exception {
        OpenSession open = fixture.openSession("LUA");
        String formulaId = addPerson("=HYPERLINK(\"http://example.org\",\"Bấm\")");
        String personId = anyLearnerId();
        String name = fixture.kiosk.database().read(c -> People.person(c, personId)).orElseThrow().fullName();
        assertEquals(200, fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}").statusCode());
        assertEquals(200, fixture.post("/api/check-ins", "{\"personId\":\"" + formulaId + "\"}").statusCode());

        HttpResponse<String> refused = fixture.get("/staff/attendance.csv");
        assertEquals(302, refused.statusCode(), "not logged in: sent to the login");
        assertEquals("/kiosk/staff.html", refused.headers().firstValue("Location").orElseThrow());
        assertFalse(refused.body().contains(name));

        LocalDate today = LocalDate.now(KioskSettings.VIETNAM);
        HttpResponse<byte[]> csv = fixture.staffGet("/staff/attendance.csv");
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"diem-danh-QC-" + today + ".csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        byte[] bytes = csv.body();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("Thời gian (checked_in_at),"), lines.get(0));
        assertTrue(lines.get(0).contains("(household_code)"));
        assertTrue(lines.get(1).contains("," + name + ","), lines.get(1));
        assertTrue(lines.get(1).contains("," + open.topic().name() + ","));
        assertTrue(lines.get(1).endsWith(",NAME"));
        assertTrue(lines.get(2).contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Bấm\"\")\","), lines.get(2));

        HttpResponse<byte[]> otherDay = fixture.staffGet("/staff/attendance.csv?date=" + today.minusDays(1));
        assertEquals(200, otherDay.statusCode());
        assertEquals(1, new String(otherDay.body(), StandardCharsets.UTF_8).lines().count(), "header only");
        assertEquals(400, fixture.staffGet("/staff/attendance.csv?date=22/11/2026").statusCode());

        HttpResponse<byte[]> period = fixture.staffGet("/staff/attendance.csv?from=" + today.minusDays(6) + "&to="
                + today);
        assertEquals(200, period.statusCode());
        assertEquals("attachment; filename=\"diem-danh-QC-" + today.minusDays(6) + "_" + today + ".csv\"",
                period.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(3, new String(period.body(), StandardCharsets.UTF_8).lines().count(), "the week holds today's two");
        for (String query : List.of("from=" + today + "&to=" + today.minusDays(1), "date=" + today + "&from=" + today,
                "to=2026-13-01")) {
            HttpResponse<byte[]> bad = fixture.staffGet("/staff/attendance.csv?" + query);
            assertEquals(400, bad.statusCode(), query);
            assertFalse(new JsonObject(new String(bad.body(), StandardCharsets.UTF_8)).getString("detail").isBlank());
        }
    }

    @Test
    void exportsThePeriodAsAnExcelWorkbookForStaffOnly() throws Exception {
        fixture.openSession("LUA");
        String personId = anyLearnerId();
        String name = fixture.kiosk.database().read(c -> People.person(c, personId)).orElseThrow().fullName();
        assertEquals(200, fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}").statusCode());
        assertEquals(302, fixture.get("/staff/attendance.xlsx").statusCode());

        LocalDate today = LocalDate.now(KioskSettings.VIETNAM);
        HttpResponse<byte[]> xlsx = fixture.staffGet("/staff/attendance.xlsx?from=" + today.minusDays(30) + "&to=" + today);
        assertEquals(200, xlsx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"diem-danh-QC-" + today.minusDays(30) + "_" + today + ".xlsx\"",
                xlsx.headers().firstValue("Content-Disposition").orElseThrow());
        // Read as spreadsheet programs do, by the zip's central directory.
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("export.xlsx"), xlsx.body());
        Map<String, String> parts = new java.util.HashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertEquals(2, sheet.split("<row ", -1).length - 1, "a header and one check-in: " + sheet);
        // The workbook writes letters beyond ASCII as XML character references (&#x1edd;).
        String texts = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(parts.values().stream().reduce("", String::concat))
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
        assertTrue(texts.contains(name), "the learner's name is in the workbook");
        assertTrue(texts.contains("(household_code)"), "the header's stable codes are too");
    }

    private String anyLearnerId() throws Exception {
        return new JsonArray(fixture.get("/api/learners").body()).getJsonObject(7).getString("id");
    }

    /** Adds a member to a household of the centre, as staff might have typed them. */
    private String addPerson(String fullName) {
        String id = Ids.newId();
        fixture.kiosk.database().write(c -> {
            Household household = People.householdByCode(c, "QC0001").orElseThrow();
            int memberNo = People.members(c, household.id()).size() + 1;
            People.insert(c, new Person(id, household.id(), memberNo, fullName, Sex.F, OptionalInt.empty(),
                    Optional.empty(), Optional.empty()), Optional.empty());
            return null;
        });
        return id;
    }

    private int attendanceRowsOnDisk(String sessionId, String personId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("hoctap.db"));
                PreparedStatement query = c.prepareStatement(
                        "SELECT count(*) FROM attendance WHERE session_id = ? AND person_id = ? AND method = 'NAME'")) {
            query.setString(1, sessionId);
            query.setString(2, personId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return new JsonObject(response.body());
    }

    /**
     * The check-in's Server-Timing: the whole and its three parts in order, the write timed (not zero), and the
     * parts cut from the same readings as the whole (they add up to it: a part measured from a wrong reading would not).
     */
    private static void assertServerTimingHasItsParts(HttpResponse<String> answer) {
        String timing = answer.headers().firstValue("Server-Timing").orElseThrow();
        Matcher metrics = Pattern
                .compile("checkin;dur=([0-9.]+), queue;dur=([0-9.]+), write;dur=([0-9.]+), reply;dur=([0-9.]+)")
                .matcher(timing);
        assertTrue(metrics.matches(), timing);
        double whole = Double.parseDouble(metrics.group(1));
        double parts = Double.parseDouble(metrics.group(2)) + Double.parseDouble(metrics.group(3))
                + Double.parseDouble(metrics.group(4));
        assertTrue(Double.parseDouble(metrics.group(3)) > 0 && Math.abs(whole - parts) < 0.01, timing);
    }
}
