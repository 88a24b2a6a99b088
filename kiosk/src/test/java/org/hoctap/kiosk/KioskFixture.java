package org.hoctap.kiosk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.hoctap.hardware.Hardware;
import org.hoctap.hardware.SimulatedHardware;
import org.hoctap.hardware.card.SimulatedCardReader;
import org.hoctap.hardware.power.SimulatedBattery;
import org.hoctap.hardware.feedback.SimulatedFeedback;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.kiosk.staff.FirstStaffAccount;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.learning.Topic;
import org.hoctap.shared.sample.SampleData;
import org.hoctap.shared.sample.SampleSummary;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;

/** A real kiosk on a loopback port over a seeded SQLite file in a test's folder, and an HTTP client for it. */
final class KioskFixture implements AutoCloseable {
    static final String STAFF_PASSWORD = "staff-secret-42";

    final Path dataDir;
    final SampleSummary sample;
    final KioskServer kiosk;
    final Hardware hardware;
    /** The kiosk's card reader, buzzer and battery, simulated: present a card, see what the buzzer said. */
    final SimulatedCardReader reader;
    final SimulatedFeedback feedback;
    final SimulatedBattery battery;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KioskFixture(Path dataDir, SampleSummary sample, KioskServer kiosk, Hardware hardware,
            SimulatedHardware sim) {
        this.dataDir = dataDir;
        this.sample = sample;
        this.kiosk = kiosk;
        this.hardware = hardware;
        this.reader = sim.reader();
        this.feedback = sim.feedback();
        this.battery = sim.battery();
    }

    /** Seeds {@code dataDir/hoctap.db} (as the demo does), then starts a kiosk on it. */
    static KioskFixture start(Path dataDir) {
        SampleSummary sample;
        try (Database db = SeededDatabase.create(dataDir)) {
            sample = SampleData.summary(db).orElseThrow();
        }
        KioskSettings settings = KioskSettings.of(dataDir).withHost("127.0.0.1").withPort(0)
                .withStaffPassword(STAFF_PASSWORD);
        Hardware hardware = Hardware.simulated(Clock.systemUTC());
        SimulatedHardware sim = hardware.simulated().orElseThrow();
        KioskServer kiosk = new KioskServer(settings, Clock.systemUTC(), hardware).start();
        return new KioskFixture(dataDir, sample, kiosk, hardware, sim);
    }

    /** Opens a session of the sample's topic {@code code} (e.g. LUA) now. */
    OpenSession openSession(String topicCode) {
        Topic topic = kiosk.database().read(c -> Learning.topics(c)).stream()
                .filter(t -> t.code().equals(topicCode)).findFirst().orElseThrow();
        return ClassSessions.openNow(kiosk.database(), kiosk.centre().id(), topic.id(), "Cô Lò Thị Xuân",
                Clock.systemUTC());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A new client logged in as the first staff account; the caller closes it. */
    StaffClient staff() throws IOException, InterruptedException {
        return new StaffClient(kiosk.baseUri()).loggedIn(FirstStaffAccount.NAME, STAFF_PASSWORD);
    }

    /** POSTs as a logged-in staff member. */
    HttpResponse<String> staffPost(String path, String json) throws IOException, InterruptedException {
        try (StaffClient staff = staff()) {
            return staff.post(path, json);
        }
    }

    /** GETs a staff download as a logged-in staff member. */
    HttpResponse<byte[]> staffGet(String path) throws IOException, InterruptedException {
        try (StaffClient staff = staff()) {
            return staff.download(path);
        }
    }

    URI uri(String path) {
        return kiosk.baseUri().resolve(path);
    }

    @Override
    public void close() {
        kiosk.close();
        http.close();
    }
}
