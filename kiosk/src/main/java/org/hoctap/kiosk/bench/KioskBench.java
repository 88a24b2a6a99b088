package org.hoctap.kiosk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.hoctap.kiosk.KioskServer;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.staff.FirstStaffAccount;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.shared.bench.Latencies;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.sample.SampleData;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;

/** A kiosk on a sample commune with years of history, measured as its users would feel it. */
final class KioskBench implements AutoCloseable {
    private static final String STAFF_PASSWORD = "bench-password";

    private final Path dataDir;
    // HTTP/1.1, as the kiosk's browser and staff phones speak to it (the JDK client would try HTTP/2 first).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private KioskServer kiosk;
    private StaffClient staff;
    private LocalDate firstDay;

    KioskBench(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Seeds the sample commune and {@code rows} past check-ins; returns how many learners there are. */
    int seed(long rows) {
        try (Database db = Database.open(KioskSettings.of(dataDir).databaseFile())) {
            SampleData.seed(db);
            firstDay = AttendanceHistory.write(db, rows, KioskSettings.VIETNAM);
            long learners = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM person"));
            return (int) learners;
        }
    }

    /** From starting the server to the page answering. */
    Duration startToServing() throws IOException, InterruptedException {
        long started = System.nanoTime();
        kiosk = new KioskServer(KioskSettings.of(dataDir).withHost("127.0.0.1").withPort(0)
                .withStaffPassword(STAFF_PASSWORD)).start();
        staff = new StaffClient(kiosk.baseUri()).loggedIn(FirstStaffAccount.NAME, STAFF_PASSWORD);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(kiosk.pageUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("the page answered " + page.statusCode());
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Check-ins of random learners offered at {@code perSecond} for {@code seconds}, each timed from when it was due. */
    Latencies checkIns(int perSecond, int seconds) throws InterruptedException {
        String topicId = kiosk.database().read(c -> Learning.topics(c)).get(0).id();
        ClassSessions.openNow(kiosk.database(), kiosk.centre().id(), topicId, "Bench", Clock.systemUTC());
        List<String> people = kiosk.database().read(c -> Jdbc.list(c, "SELECT id FROM person",
                row -> row.getString(1)));
        Latencies latencies = new Latencies();
        URI checkIns = kiosk.baseUri().resolve("/api/check-ins");
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        CompletableFuture<?>[] sent = new CompletableFuture<?>[perSecond * seconds];
        for (int i = 0; i < sent.length; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String person = people.get(ThreadLocalRandom.current().nextInt(people.size()));
            HttpRequest request = HttpRequest.newBuilder(checkIns).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + person + "\"}")).build();
            sent[i] = http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept(answer -> {
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("a check-in answered " + answer.statusCode());
                }
                latencies.add(System.nanoTime() - due);
            });
        }
        CompletableFuture.allOf(sent).join();
        return latencies;
    }

    /** What the staff's download of every check-in took. */
    record Export(long rows, long bytes, Duration took) {
    }

    /** Downloads every check-in as {@code csv} or {@code xlsx}; rows are counted in a CSV only (lines). */
    Export exportEverything(String extension) throws IOException, InterruptedException {
        String path = "/staff/attendance." + extension + "?from=" + firstDay + "&to="
                + LocalDate.now(KioskSettings.VIETNAM);
        long started = System.nanoTime();
        HttpResponse<InputStream> answer = staff.stream(path);
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = answer.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the export answered " + answer.statusCode());
        }
        return new Export(lines - 1, bytes, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The process's resident memory in MB (Linux), after a collection; -1 where it cannot be read. */
    static long residentMegabytes() throws IOException {
        System.gc();
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        if (staff != null) {
            staff.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
