package org.hoctap.gateway.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.sync.RequestSignature;
import org.hoctap.shared.testing.MovableClock;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrolment with one-time codes and signed requests, over real HTTP on loopback. */
class SyncServerTest {
    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T03:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private Database db;
    private SyncServer server;
    private Centre centre;

    @BeforeEach
    void start() {
        db = SeededDatabase.create(dir);
        centre = db.read(Places::centres).get(0);
        server = SyncServer.start(db, dir, clock, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
        http.close();
    }

    @Test
    void aCodeEnrolsOneDeviceOnceAndItsSignedRequestsAreAnswered() throws Exception {
        String code = issueCode();
        HttpResponse<String> enrolled = enrol(centre.code(), code.toLowerCase().replace("-", " "));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        JsonObject credential = new JsonObject(enrolled.body());
        assertEquals(centre.code(), credential.getString("centre"));

        HttpResponse<String> again = enrol(centre.code(), code);
        assertEquals(403, again.statusCode());
        assertEquals("used_code", new JsonObject(again.body()).getString("error"));

        HttpResponse<String> hello = hello(credential.getString("device"), credential.getString("secret"));
        assertEquals(200, hello.statusCode(), hello.body());
        assertEquals(credential.getString("device"), new JsonObject(hello.body()).getString("device"));
        assertTrue(db.read(c -> Devices.find(c, credential.getString("device"))).orElseThrow().lastSeenAt()
                .isPresent(), "last seen is recorded");
    }

    @Test
    void wrongExpiredOrOtherCentresCodesAreRefusedWithTheReason() throws Exception {
        String code = issueCode();
        assertEquals("bad_code", new JsonObject(enrol(centre.code(), "ZZZZZ-ZZZZZ").body()).getString("error"));
        assertEquals("no_such_centre", new JsonObject(enrol("XX", code).body()).getString("error"));
        clock.advance(EnrolmentCodes.VALID_FOR.plus(Duration.ofMinutes(1)));
        HttpResponse<String> expired = enrol(centre.code(), code);
        assertEquals(403, expired.statusCode());
        assertTrue(new JsonObject(expired.body()).getString("message").contains("expired"));
        assertEquals(400, http.send(HttpRequest.newBuilder(uri("/sync/enrol")).POST(
                HttpRequest.BodyPublishers.ofString("not json")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
    }

    @Test
    void unsignedAlteredUnknownAndRevokedRequestsAreRefused() throws Exception {
        JsonObject credential = new JsonObject(enrol(centre.code(), issueCode()).body());
        String device = credential.getString("device");
        String secret = credential.getString("secret");

        assertEquals(401, http.send(HttpRequest.newBuilder(uri("/sync/hello")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, hello(device, secret + "x").statusCode());
        assertEquals(401, hello("01937a1e-0000-7000-8000-000000000001", secret).statusCode());

        boolean revokedNow = db.write(c -> Devices.revoke(c, device, clock.instant()));
        assertTrue(revokedNow);
        HttpResponse<String> revoked = hello(device, secret);
        assertEquals(401, revoked.statusCode());
        assertEquals("revoked", new JsonObject(revoked.body()).getString("error"));
    }

    private String issueCode() {
        return db.write(c -> EnrolmentCodes.issue(c, centre, clock.instant()));
    }

    private HttpResponse<String> enrol(String centreCode, String code) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/sync/enrol")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("centre", centreCode).put("code", code)
                        .encode())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> hello(String device, String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/sync/hello")).header(RequestSignature.HEADER,
                RequestSignature.header(device, secret, "GET", "/sync/hello", new byte[0])).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
