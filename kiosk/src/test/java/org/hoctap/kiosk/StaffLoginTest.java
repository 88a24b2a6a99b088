package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.HttpCookie;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hoctap.kiosk.staff.FirstStaffAccount;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.kiosk.staff.StaffLog;
import org.hoctap.shared.login.LoginThrottle;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff log in and out over real HTTP; nothing of the staff's is reachable otherwise. */
class StaffLoginTest {
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
    void nothingOfTheStaffsIsReachableWithoutALogin() throws Exception {
        for (String path : List.of("/api/staff/sessions", "/api/staff/topics", "/api/staff/villages",
                "/api/staff/sessions/x/check-ins")) {
            HttpResponse<String> refused = fixture.get(path);
            assertEquals(401, refused.statusCode(), path);
            assertEquals("login_needed", new JsonObject(refused.body()).getString("error"));
        }
        try (StaffClient stranger = new StaffClient(fixture.kiosk.baseUri())) {
            HttpResponse<String> open = stranger.post("/api/staff/sessions", "{\"topicId\":\"x\"}");
            assertEquals(401, open.statusCode(), "a token alone is no login");
            assertEquals(302, stranger.download("/staff/attendance.csv").statusCode());
            assertEquals(new JsonObject(), new JsonObject(stranger.get("/api/staff/me").body()));
        }
    }

    @Test
    void aLoginLastsInAStrictHttpOnlyCookieUntilLogout() throws Exception {
        try (StaffClient staff = fixture.staff()) {
            assertEquals(FirstStaffAccount.NAME, new JsonObject(staff.get("/api/staff/me").body()).getString("name"));
            assertEquals(200, staff.get("/api/staff/sessions").statusCode());

            HttpResponse<String> again = staff.logIn("staff", KioskFixture.STAFF_PASSWORD);
            String setCookie = again.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("hoctap-staff=")).findFirst().orElseThrow();
            assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
            assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), setCookie);

            assertEquals(200, staff.post("/api/staff/logout", "{}").statusCode());
            assertEquals(401, staff.get("/api/staff/sessions").statusCode());
        }
    }

    @Test
    void aPostWithoutTheAntiForgeryTokenIsRefused() throws Exception {
        try (StaffClient staff = fixture.staff(); StaffClient other = new StaffClient(fixture.kiosk.baseUri())) {
            other.get("/api/staff/me");
            String foreignToken = other.token();
            // Replace our token by another visitor's, as a forged cross-site request would have to.
            staff.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .toList().forEach(c -> staff.cookies().getCookieStore().removeAll());
            HttpCookie forged = new HttpCookie("XSRF-TOKEN", foreignToken);
            forged.setPath("/");
            staff.cookies().getCookieStore().add(fixture.kiosk.baseUri(), forged);
            assertEquals(403, staff.post("/api/staff/logout", "{}").statusCode());
        }
        try (StaffClient staff = fixture.staff()) {
            HttpResponse<String> noHeader = fixture.http.send(java.net.http.HttpRequest.newBuilder(
                    fixture.uri("/api/staff/logout")).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, noHeader.statusCode());
            assertEquals(FirstStaffAccount.NAME, new JsonObject(staff.get("/api/staff/me").body()).getString("name"),
                    "still logged in");
        }
    }

    @Test
    void wrongPasswordsAreAnsweredInTheStaffsLanguageAndLockTheNameAfterFive() throws Exception {
        try (StaffClient staff = new StaffClient(fixture.kiosk.baseUri())) {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                HttpResponse<String> wrong = staff.post("/api/staff/login?lang=hnj",
                        new JsonObject().put("name", "staff").put("password", "wrong" + i).encode());
                assertEquals(401, wrong.statusCode());
                assertEquals(TEXTS.render("staff.wrong_login", Language.HNJ),
                        new JsonObject(wrong.body()).getString("message"));
            }
            HttpResponse<String> locked = staff.logIn("staff", KioskFixture.STAFF_PASSWORD);
            assertEquals(429, locked.statusCode(), "locked even with the right password");
            JsonObject body = new JsonObject(locked.body());
            assertEquals("locked", body.getString("error"));
            assertTrue(body.getString("message").contains("15"), body.getString("message"));
        }
        List<StaffLog.Entry> log = fixture.kiosk.database().read(c -> StaffLog.recent(c, 10));
        assertEquals(LoginThrottle.MAX_FAILURES, log.stream().filter(e -> e.action().equals("login_failed")).count());
    }

    @Test
    void guessesSentAllAtOnceAreCheckedNoMoreThanTheLimit() throws Exception {
        int guesses = 20;
        List<Integer> statuses;
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String guess = "guess" + i;
                sent.add(threads.submit(() -> {
                    try (StaffClient staff = new StaffClient(fixture.kiosk.baseUri())) {
                        return staff.logIn("staff", guess).statusCode();
                    }
                }));
            }
            statuses = new java.util.ArrayList<>();
            for (var answer : sent) {
                statuses.add(answer.get());
            }
        }
        assertEquals(LoginThrottle.MAX_FAILURES, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
        assertEquals(guesses - LoginThrottle.MAX_FAILURES, statuses.stream().filter(s -> s == 429).count());
    }

    @Test
    void aLoginTakesANewSessionIdSoThatOnePlantedBeforeStaysLoggedOut() throws Exception {
        try (StaffClient staff = new StaffClient(fixture.kiosk.baseUri());
                StaffClient planter = new StaffClient(fixture.kiosk.baseUri())) {
            staff.get("/api/staff/me");
            HttpCookie planted = sessionCookie(staff);
            assertEquals(200, staff.logIn("staff", KioskFixture.STAFF_PASSWORD).statusCode());
            assertFalse(planted.getValue().equals(sessionCookie(staff).getValue()), "a new id at login");
            planter.cookies().getCookieStore().add(fixture.kiosk.baseUri(), planted);
            assertFalse(new JsonObject(planter.get("/api/staff/me").body()).containsKey("name"),
                    "the id known before the login is not logged in");
            assertEquals(FirstStaffAccount.NAME, new JsonObject(staff.get("/api/staff/me").body()).getString("name"));
        }
    }

    private static HttpCookie sessionCookie(StaffClient client) {
        return client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(org.hoctap.kiosk.staff.StaffLogin.COOKIE)).findFirst().orElseThrow();
    }

    @Test
    void aPinWorksOnTheKiosksOwnScreen() throws Exception {
        fixture.kiosk.close();
        KioskSettings settings = KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)
                .withStaffPassword(KioskFixture.STAFF_PASSWORD).withStaffPin("2468");
        try (KioskServer kiosk = new KioskServer(settings).start();
                StaffClient staff = new StaffClient(kiosk.baseUri())) {
            assertEquals(new JsonArray().add("staff"), new JsonArray(staff.get("/api/staff/pin-names").body()));
            HttpResponse<String> wrong = staff.post("/api/staff/login",
                    new JsonObject().put("name", "staff").put("pin", "1111").encode());
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> right = staff.post("/api/staff/login",
                    new JsonObject().put("name", "staff").put("pin", "2468").encode());
            assertEquals(200, right.statusCode(), right.body());
            assertEquals(200, staff.get("/api/staff/sessions").statusCode());
        }
    }

    @Test
    void fromTheCentresWifiNamesNeedALoginAndAPinIsRefused() throws Exception {
        Optional<InetAddress> lan = lanAddress();
        Assumptions.assumeTrue(lan.isPresent(), "this machine has no network address besides loopback");
        fixture.kiosk.close();
        KioskSettings settings = KioskSettings.of(dir).withHost("0.0.0.0").withPort(0)
                .withStaffPassword(KioskFixture.STAFF_PASSWORD).withStaffPin("2468");
        try (KioskServer kiosk = new KioskServer(settings).start()) {
            URI fromWifi = URI.create("http://" + lan.get().getHostAddress() + ":" + kiosk.port() + "/");
            try (StaffClient phone = new StaffClient(fromWifi)) {
                assertEquals(403, phone.get("/api/learners").statusCode());
                assertEquals(403, phone.get("/api/card-events").statusCode());
                assertEquals(403, phone.post("/api/check-ins", "{\"personId\":\"x\"}").statusCode());
                assertEquals(403, phone.get("/api/staff/pin-names").statusCode());
                HttpResponse<String> pin = phone.post("/api/staff/login",
                        new JsonObject().put("name", "staff").put("pin", "2468").encode());
                assertEquals("pin_on_kiosk_only", new JsonObject(pin.body()).getString("error"));
                assertEquals(200, phone.logIn("staff", KioskFixture.STAFF_PASSWORD).statusCode());
                assertTrue(new JsonArray(phone.get("/api/staff/learners").body()).size() > 1000);
            }
        }
    }

    private static Optional<InetAddress> lanAddress() throws Exception {
        return NetworkInterface.networkInterfaces().filter(n -> {
            try {
                return n.isUp() && !n.isLoopback();
            } catch (java.net.SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
    }
}
