package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.hoctap.shared.store.Jdbc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated hardware as the demo drives it over HTTP: a card tapped on the simulated reader is
 * checked in and the buzzer's answer can be seen; the battery drained with no mains shuts the kiosk
 * down cleanly (its database closed); the home screen hears about the battery.
 */
class SimulatedHardwareTest {
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
    void aCardTappedOverHttpIsCheckedInAndTheBuzzerAnswers() throws Exception {
        fixture.openSession("LUA");
        JsonArray cards = new JsonArray(fixture.get("/api/simulated/cards").body());
        String uid = cards.getString(0);

        HttpResponse<String> tapped = fixture.post("/api/simulated/card", new JsonObject().put("uid", uid).encode());
        assertEquals(202, tapped.statusCode(), tapped.body());
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonObject state;
        do {
            Thread.sleep(20);
            state = new JsonObject(fixture.get("/api/simulated/state").body());
        } while (state.getValue("feedback") == null && System.nanoTime() < until);
        assertEquals("SUCCESS", state.getJsonObject("feedback").getString("pattern"));
        assertEquals(1L, (long) fixture.kiosk.database().read(c -> Jdbc.count(c,
                "SELECT count(*) FROM attendance a JOIN card k ON k.person_id = a.person_id WHERE k.uid = ?", uid)));
    }

    @Test
    void aCardNumberThatIsNoneIsRefusedInVietnamese() throws Exception {
        HttpResponse<String> refused = fixture.post("/api/simulated/card", "{\"uid\":\"12-XY\"}");
        assertEquals(400, refused.statusCode());
        assertEquals("Số thẻ phải là 8, 14 hoặc 20 chữ số hệ 16 (0–9, A–F).",
                new JsonObject(refused.body()).getString("message"));
        assertEquals(400, fixture.post("/api/simulated/battery", "{\"percent\":150}").statusCode());
        assertEquals(400, fixture.post("/api/simulated/battery", "{}").statusCode());
    }

    @Test
    void theBatteryIsReportedToTheHomeScreen() throws Exception {
        assertEquals(new JsonObject().put("percent", 100).put("onMains", true).put("volts", 8.4),
                new JsonObject(fixture.get("/api/power").body()).getJsonObject("battery"));
        fixture.post("/api/simulated/battery", "{\"mains\":false,\"percent\":30}");
        JsonObject battery = new JsonObject(fixture.get("/api/power").body()).getJsonObject("battery");
        assertEquals(30, battery.getInteger("percent"));
        assertEquals(false, battery.getBoolean("onMains"));
    }

    @Test
    void aDrainedBatteryWithoutMainsClosesTheKioskAndItsDatabase() throws Exception {
        fixture.post("/api/simulated/battery", "{\"mains\":false,\"percent\":4}");
        fixture.hardware.checkBatteryNow(); // as the kiosk's watch does every 30 s
        assertTrue(!fixture.hardware.shutdown().started(), "one low reading is not enough");
        fixture.hardware.checkBatteryNow();
        assertTrue(fixture.hardware.shutdown().started(), "no shut-down began");
        assertThrows(IllegalStateException.class, () -> fixture.kiosk.database().read(c -> 1),
                "the database is closed before the power goes");
    }
}
