package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.kiosk.staff.StaffLog;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What staff do once logged in, over real HTTP on a real SQLite file: sessions, lists, corrections, enrolment. */
class StaffWorkTest {
    private static final Templates TEXTS = Templates.load(Optional.empty());

    @TempDir
    Path dir;

    private KioskFixture fixture;
    private StaffClient staff;

    @BeforeEach
    void start() throws Exception {
        fixture = KioskFixture.start(dir);
        staff = fixture.staff();
    }

    @AfterEach
    void stop() {
        staff.close();
        fixture.close();
    }

    @Test
    void staffOpenASessionTheKioskOffersThenOpenTheNextWhichClosesIt() throws Exception {
        JsonArray topics = new JsonArray(staff.get("/api/staff/topics").body());
        JsonObject rice = topic(topics, "LUA");
        JsonObject health = topic(topics, "NGO");

        JsonObject opened = ok(staff.post("/api/staff/sessions", new JsonObject().put("topicId", rice.getString("id"))
                .put("teacher", "  Cô Lò Thị Xuân ").encode()));
        assertEquals(TEXTS.render("staff.opened", Language.VI, java.util.Map.of("topic", rice.getString("name"))),
                opened.getString("message"));
        JsonObject kiosk = new JsonObject(fixture.get("/api/session").body());
        assertEquals(opened.getJsonObject("session").getString("id"), kiosk.getJsonObject("session").getString("id"));
        assertEquals("Cô Lò Thị Xuân", kiosk.getJsonObject("session").getString("teacher"));

        JsonObject next = ok(staff.post("/api/staff/sessions?lang=hnj",
                new JsonObject().put("topicId", health.getString("id")).encode()));
        assertTrue(next.getString("message").contains(rice.getString("name")), "says which one it closed");
        JsonArray today = sessionsOfToday();
        assertEquals(2, today.size());
        assertFalse(today.getJsonObject(0).getBoolean("open"));
        assertTrue(today.getJsonObject(0).getString("closedAt").matches("\\d\\d:\\d\\d"));
        assertTrue(today.getJsonObject(1).getBoolean("open"));

        JsonObject closed = ok(staff.post("/api/staff/sessions/" + today.getJsonObject(1).getString("id") + "/close", ""));
        assertTrue(closed.getString("message").contains(health.getString("name")));
        assertFalse(new JsonObject(fixture.get("/api/session").body()).getBoolean("open"), "the kiosk offers none");

        List<String> actions = fixture.kiosk.database().read(c -> StaffLog.recent(c, 10)).stream()
                .map(StaffLog.Entry::action).toList();
        assertEquals(List.of("close_session", "open_session", "open_session", "login"), actions);
    }

    @Test
    void aSessionNeedsAKnownTopicAndAnEndAfterNow() throws Exception {
        HttpResponse<String> noTopic = staff.post("/api/staff/sessions?lang=blt", "{\"topicId\":\"nope\"}");
        assertEquals(400, noTopic.statusCode());
        assertEquals(TEXTS.render("staff.no_topic", Language.BLT), new JsonObject(noTopic.body()).getString("message"));
        String topicId = new JsonArray(staff.get("/api/staff/topics").body()).getJsonObject(0).getString("id");
        for (String end : List.of("25:00", "8h", "00:00")) {
            HttpResponse<String> bad = staff.post("/api/staff/sessions",
                    new JsonObject().put("topicId", topicId).put("plannedEnd", end).encode());
            assertEquals(400, bad.statusCode(), end);
            assertEquals("bad_time", new JsonObject(bad.body()).getString("error"));
        }
        assertEquals(400, staff.post("/api/staff/sessions", "[1,2]").statusCode());
        assertEquals(400, staff.post("/api/staff/sessions", "{not json").statusCode());
        assertEquals(404, staff.post("/api/staff/sessions/nope/close", "").statusCode());
        assertEquals(400, staff.get("/api/staff/sessions?date=22-11-2026").statusCode());
        assertEquals(0, sessionsOfToday().size(), "nothing was opened");
    }

    @Test
    void staffCheckInALateLearnerToTheClosedSessionThenRemoveAndRestoreTheCheckIn() throws Exception {
        String sessionId = fixture.openSession("LUA").session().id();
        JsonArray learners = new JsonArray(fixture.get("/api/learners").body());
        String early = learners.getJsonObject(3).getString("id");
        String late = learners.getJsonObject(4).getString("id");
        assertEquals(200, fixture.post("/api/check-ins", "{\"personId\":\"" + early + "\"}").statusCode());
        ok(staff.post("/api/staff/sessions/" + sessionId + "/close", ""));
        assertEquals(409, fixture.post("/api/check-ins", "{\"personId\":\"" + late + "\"}").statusCode(),
                "the kiosk no longer takes check-ins");

        JsonObject added = ok(staff.post("/api/staff/sessions/" + sessionId + "/check-ins",
                new JsonObject().put("personId", late).encode()));
        assertFalse(added.getBoolean("alreadyCheckedIn"));
        JsonArray list = new JsonArray(staff.get("/api/staff/sessions/" + sessionId + "/check-ins").body());
        assertEquals(List.of(early, late), ids(list, "personId"));
        assertEquals("STAFF", list.getJsonObject(1).getString("method"));
        assertEquals(2, checkInsOfToday());

        String mistaken = list.getJsonObject(0).getString("id");
        JsonObject removed = ok(staff.post("/api/staff/check-ins/" + mistaken + "/remove",
                new JsonObject().put("reason", "chạm nhầm thẻ").encode()));
        assertEquals(TEXTS.render("staff.removed", Language.VI), removed.getString("message"));
        list = new JsonArray(staff.get("/api/staff/sessions/" + sessionId + "/check-ins").body());
        assertTrue(list.getJsonObject(0).getBoolean("removed"), "still listed, marked removed");
        assertEquals(1, checkInsOfToday());
        assertFalse(csvOfToday().contains(learners.getJsonObject(3).getString("name")), "not in the export");
        assertEquals(1L, (long) fixture.kiosk.database().read(c -> org.hoctap.shared.store.Jdbc.count(c,
                "SELECT count(*) FROM attendance WHERE id = ?", mistaken)), "the check-in itself is kept");

        ok(staff.post("/api/staff/check-ins/" + mistaken + "/restore", ""));
        assertEquals(2, checkInsOfToday());
        assertTrue(csvOfToday().contains(learners.getJsonObject(3).getString("name")));
        assertEquals(404, staff.post("/api/staff/check-ins/nope/remove", "{}").statusCode());
    }

    @Test
    void aLearnerRemovedByMistakeWhoTapsAgainCountsAgain() throws Exception {
        String sessionId = fixture.openSession("LUA").session().id();
        String personId = new JsonArray(fixture.get("/api/learners").body()).getJsonObject(7).getString("id");
        fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}");
        String attendanceId = new JsonArray(staff.get("/api/staff/sessions/" + sessionId + "/check-ins").body())
                .getJsonObject(0).getString("id");
        ok(staff.post("/api/staff/check-ins/" + attendanceId + "/remove", "{}"));
        assertEquals(0, checkInsOfToday());

        JsonObject again = new JsonObject(fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}").body());
        assertFalse(again.getBoolean("alreadyCheckedIn"), "confirmed as a check-in, since it counts again");
        assertEquals(1, checkInsOfToday());
        JsonObject third = new JsonObject(fixture.post("/api/check-ins", "{\"personId\":\"" + personId + "\"}").body());
        assertTrue(third.getBoolean("alreadyCheckedIn"));
        assertEquals(1, checkInsOfToday());
    }

    @Test
    void staffEnrolAPersonIntoAHouseholdOrANewOneAndLinkACardTheyCanCheckInWith() throws Exception {
        fixture.openSession("LUA");
        JsonObject someone = new JsonArray(fixture.get("/api/learners").body()).getJsonObject(0);
        String household = someone.getString("household");

        JsonObject joined = ok(staff.post("/api/staff/people", new JsonObject().put("name", "Lò Thị  Mai")
                .put("sex", "F").put("birthYear", 1990).put("household", household.toLowerCase()).encode()));
        JsonObject mai = joined.getJsonObject("learner");
        assertEquals("Lò Thị Mai", mai.getString("name"));
        assertEquals(household, mai.getString("household"));
        assertTrue(mai.getInteger("memberNo") > 1);
        assertTrue(joined.getString("message").contains(household + "/" + mai.getInteger("memberNo")));

        String villageId = fixture.kiosk.database().read(c -> Places.villagesOfCentre(c, fixture.kiosk.centre().id()))
                .get(1).id();
        JsonObject founded = ok(staff.post("/api/staff/people", new JsonObject().put("name", "Giàng A Lử")
                .put("sex", "M").put("villageId", villageId).encode())).getJsonObject("learner");
        assertTrue(founded.getString("household").matches("QC\\d{4}"), founded.encode());
        assertEquals(1, founded.getInteger("memberNo"));
        assertTrue(new JsonArray(fixture.get("/api/learners").body()).stream()
                .anyMatch(l -> ((JsonObject) l).getString("id").equals(founded.getString("id"))), "on the kiosk now");

        ok(staff.post("/api/staff/cards", new JsonObject().put("personId", mai.getString("id"))
                .put("card", "04 a1 b2 c3").encode()));
        JsonObject tap = new JsonObject(fixture.post("/api/check-ins", "{\"card\":\"04A1B2C3\"}").body());
        assertEquals("Lò Thị Mai", tap.getString("name"));

        HttpResponse<String> taken = staff.post("/api/staff/cards", new JsonObject()
                .put("personId", founded.getString("id")).put("card", "04A1B2C3").encode());
        assertEquals(409, taken.statusCode());
        assertEquals(mai.getString("id"), new JsonObject(taken.body()).getJsonObject("holder").getString("id"));
        ok(staff.post("/api/staff/cards", new JsonObject().put("personId", founded.getString("id"))
                .put("card", "04A1B2C3").put("move", true).encode()));
        assertEquals("Giàng A Lử", new JsonObject(fixture.post("/api/check-ins", "{\"card\":\"04A1B2C3\"}").body())
                .getString("name"));
    }

    @Test
    void anEnrolmentWithAMissingOrWrongFieldIsRefusedAndNothingIsAdded() throws Exception {
        int before = new JsonArray(fixture.get("/api/learners").body()).size();
        String household = new JsonArray(fixture.get("/api/learners").body()).getJsonObject(0).getString("household");
        for (JsonObject bad : List.of(
                new JsonObject().put("sex", "F").put("household", household),
                new JsonObject().put("name", "A").put("sex", "X").put("household", household),
                new JsonObject().put("name", "A").put("sex", "F").put("birthYear", 1850).put("household", household),
                new JsonObject().put("name", "A").put("sex", "F").put("birthYear", "1990").put("household", household),
                new JsonObject().put("name", "A").put("sex", "F"))) {
            HttpResponse<String> refused = staff.post("/api/staff/people", bad.encode());
            assertEquals(400, refused.statusCode(), bad.encode());
            assertEquals(TEXTS.render("staff.bad_person", Language.VI), new JsonObject(refused.body()).getString("message"));
        }
        assertEquals(404, staff.post("/api/staff/people", new JsonObject().put("name", "A").put("sex", "F")
                .put("household", "ZZ9999").encode()).statusCode());
        assertEquals(404, staff.post("/api/staff/people", new JsonObject().put("name", "A").put("sex", "F")
                .put("villageId", "nope").encode()).statusCode());
        assertEquals(400, staff.post("/api/staff/cards", "{\"personId\":\"x\",\"card\":\"12\"}").statusCode());
        assertEquals(before, new JsonArray(fixture.get("/api/learners").body()).size());
    }

    @Test
    void theSummariesCountLearnerTurnsPerSessionAndPerTopicWithoutRemovedCheckIns() throws Exception {
        JsonArray learners = new JsonArray(fixture.get("/api/learners").body());
        String rice = fixture.openSession("LUA").session().id();
        for (int i = 0; i < 3; i++) {
            fixture.post("/api/check-ins", "{\"personId\":\"" + learners.getJsonObject(i).getString("id") + "\"}");
        }
        fixture.openSession("NGO");
        fixture.post("/api/check-ins", "{\"personId\":\"" + learners.getJsonObject(0).getString("id") + "\"}");
        fixture.openSession("LUA");
        fixture.post("/api/check-ins", "{\"personId\":\"" + learners.getJsonObject(0).getString("id") + "\"}");
        String removed = new JsonArray(staff.get("/api/staff/sessions/" + rice + "/check-ins").body())
                .getJsonObject(2).getString("id");
        ok(staff.post("/api/staff/check-ins/" + removed + "/remove", "{}"));

        List<String> sessions = lines(staff.download("/staff/sessions.csv").body());
        assertTrue(sessions.get(0).contains("(learner_turns)"), sessions.get(0));
        assertEquals(4, sessions.size(), "a header and three sessions");
        assertTrue(sessions.get(1).contains(",LUA,") && sessions.get(1).endsWith("," + rice), sessions.get(1));
        assertEquals(List.of("2", "1", "1"), turns(sessions, 5));

        List<String> topics = lines(staff.download("/staff/topics.csv?lang=hnj").body());
        assertEquals(TEXTS.render("staff.csv.learner_turns", Language.HNJ) + " (learner_turns)",
                topics.get(0).split(",")[3], "labels in the staff's language, codes beside them");
        String riceLine = topics.stream().filter(l -> l.startsWith("LUA,")).findFirst().orElseThrow();
        assertTrue(riceLine.matches("LUA,[^,]+,2,3,2,\\d+,\\d+"), "2 sessions, 3 turns, 2 people: " + riceLine);
        String[] cells = riceLine.split(",");
        assertEquals(3, Integer.parseInt(cells[5]) + Integer.parseInt(cells[6]), "women and men add up");
    }

    @Test
    void theCheckInExportSaysWhichSessionAndWhoWithSexAndBirthYear() throws Exception {
        String sessionId = fixture.openSession("LUA").session().id();
        JsonObject learner = new JsonArray(fixture.get("/api/learners").body()).getJsonObject(9);
        fixture.post("/api/check-ins", "{\"personId\":\"" + learner.getString("id") + "\"}");
        var person = fixture.kiosk.database().read(c -> org.hoctap.shared.people.People.person(c,
                learner.getString("id"))).orElseThrow();

        List<String> lines = lines(staff.download("/staff/attendance.csv").body());
        assertEquals(List.of("checked_in_at", "session_opened_at", "session_id", "topic", "full_name", "sex",
                "birth_year", "household_code", "member_no", "village", "method"), codes(lines.get(0)));
        String[] cells = lines.get(1).split(",");
        assertEquals(sessionId, cells[2]);
        assertEquals(person.sex().name(), cells[5]);
        assertEquals(person.birthYear().isPresent() ? Integer.toString(person.birthYear().getAsInt()) : "", cells[6]);
        assertTrue(cells[1].matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), cells[1]);
    }

    @Test
    void theUsbButtonSaysWhetherItCopiedOrWhyNot() throws Exception {
        staff.close();
        fixture.close();
        Path media = java.nio.file.Files.createDirectories(dir.resolve("media"));
        Path mounts = java.nio.file.Files.writeString(dir.resolve("mounts"), "/dev/mmcblk0p2 / ext4 rw 0 0\n");
        KioskSettings settings = KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)
                .withStaffPassword(KioskFixture.STAFF_PASSWORD)
                .withUsbSticks(new org.hoctap.kiosk.export.UsbSticks(mounts, media));
        try (KioskServer kiosk = new KioskServer(settings).start();
                StaffClient usbStaff = new StaffClient(kiosk.baseUri()).loggedIn("staff", KioskFixture.STAFF_PASSWORD)) {
            HttpResponse<String> none = usbStaff.post("/api/staff/usb-export?lang=hnj", "{}");
            assertEquals(404, none.statusCode());
            assertEquals(TEXTS.render("staff.usb_none", Language.HNJ), new JsonObject(none.body()).getString("message"));

            Path stick = java.nio.file.Files.createDirectories(media.resolve("pi/LAN"));
            java.nio.file.Files.writeString(mounts, "/dev/sda1 " + stick + " vfat ro 0 0\n",
                    java.nio.file.StandardOpenOption.APPEND);
            HttpResponse<String> readOnly = usbStaff.post("/api/staff/usb-export", "{}");
            assertEquals(409, readOnly.statusCode());
            assertTrue(new JsonObject(readOnly.body()).getString("message").contains("LAN"));

            java.nio.file.Files.writeString(mounts, "/dev/sda1 " + stick + " vfat rw 0 0\n");
            JsonObject done = ok(usbStaff.post("/api/staff/usb-export", new JsonObject()
                    .put("from", "2026-11-01").put("to", "2026-11-30").encode()));
            assertEquals("LAN/hoctap/QC-2026-11-01_2026-11-30", done.getString("folder"));
            assertEquals(6, done.getJsonArray("files").size());
            assertTrue(java.nio.file.Files.exists(stick.resolve("hoctap/QC-2026-11-01_2026-11-30/"
                    + "chuyen-de-QC-2026-11-01_2026-11-30.xlsx")));
            assertEquals(400, usbStaff.post("/api/staff/usb-export", "{\"from\":\"2026-11-30\",\"to\":\"2026-11-01\"}")
                    .statusCode());
        } finally {
            fixture = KioskFixture.start(dir.resolve("again"));
            staff = fixture.staff();
        }
    }

    @Test
    void staffSetTheMachinesClockOrLearnWhyNot() throws Exception {
        staff.close();
        fixture.close();
        Path calls = dir.resolve("clock-calls");
        Path script = java.nio.file.Files.writeString(dir.resolve("set-clock"),
                "#!/bin/sh\nif [ \"$1\" = \"2000-01-01 00:00:00\" ]; then echo 'Failed to set time: "
                        + "Automatic time synchronization is enabled' >&2; exit 1; fi\necho \"$1\" >> " + calls + "\n");
        script.toFile().setExecutable(true);
        KioskSettings settings = KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)
                .withStaffPassword(KioskFixture.STAFF_PASSWORD)
                .withClockSetter(new org.hoctap.kiosk.clock.SystemClockSetter(List.of(script.toString())));
        try (KioskServer kiosk = new KioskServer(settings).start();
                StaffClient clockStaff = new StaffClient(kiosk.baseUri()).loggedIn("staff", KioskFixture.STAFF_PASSWORD)) {
            JsonObject now = new JsonObject(clockStaff.get("/api/staff/clock").body());
            assertTrue(now.getString("time").matches("\\d\\d:\\d\\d"), now.encode());
            JsonObject set = ok(clockStaff.post("/api/staff/clock", "{\"date\":\"2026-11-23\",\"time\":\"07:30\"}"));
            assertTrue(set.getString("message").contains("2026-11-23 07:30"), set.encode());
            assertEquals(List.of("2026-11-23 07:30:00"), java.nio.file.Files.readAllLines(calls));

            HttpResponse<String> refused = clockStaff.post("/api/staff/clock", "{\"date\":\"2000-01-01\",\"time\":\"00:00\"}");
            assertEquals(503, refused.statusCode());
            assertTrue(new JsonObject(refused.body()).getString("message").contains("synchronization"), refused.body());
            assertEquals(400, clockStaff.post("/api/staff/clock", "{\"date\":\"23/11/2026\",\"time\":\"07:30\"}")
                    .statusCode());
            assertEquals(1, java.nio.file.Files.readAllLines(calls).size(), "nothing ran for a bad request");
            assertTrue(kiosk.database().read(c -> StaffLog.recent(c, 5)).stream()
                    .anyMatch(e -> e.action().equals("set_clock") && e.detail().endsWith("2026-11-23T07:30")));
        } finally {
            fixture = KioskFixture.start(dir.resolve("again"));
            staff = fixture.staff();
        }
    }

    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    }

    private static List<String> codes(String header) {
        return java.util.regex.Pattern.compile("\\(([a-z_]+)\\)").matcher(header).results()
                .map(found -> found.group(1)).toList();
    }

    private static List<String> turns(List<String> csv, int column) {
        return csv.stream().skip(1).map(line -> line.split(",")[column]).toList();
    }

    private JsonArray sessionsOfToday() throws Exception {
        JsonObject day = new JsonObject(staff.get("/api/staff/sessions").body());
        assertEquals(day.getString("today"), day.getString("date"));
        return day.getJsonArray("sessions");
    }

    private long checkInsOfToday() throws Exception {
        return sessionsOfToday().stream()
                .mapToLong(s -> ((JsonObject) s).getLong("checkIns")).sum();
    }

    private String csvOfToday() throws Exception {
        return new String(staff.download("/staff/attendance.csv").body(), StandardCharsets.UTF_8);
    }

    private static JsonObject ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return new JsonObject(answer.body());
    }

    private static JsonObject topic(JsonArray topics, String code) {
        return topics.stream().map(JsonObject.class::cast).filter(t -> t.getString("code").equals(code)).findFirst()
                .orElseThrow();
    }

    private static List<String> ids(JsonArray list, String field) {
        return list.stream().map(o -> ((JsonObject) o).getString(field)).toList();
    }
}
