package org.hoctap.kiosk.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.kiosk.staff.FirstStaffAccount;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.shared.bench.Latencies;
import org.hoctap.shared.sample.SampleData;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;

/**
 * A kiosk on a sample commune with years of history, in a process of its own, measured as its users
 * would feel it and as the Raspberry Pi would carry it.
 */
final class KioskBench implements AutoCloseable {
    private static final String STAFF_PASSWORD = "bench-password";

    private final Path dataDir;
    // HTTP/1.1, as the kiosk's browser and staff phones speak to it (the JDK client would try HTTP/2 first).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private KioskProcess kiosk;
    private StaffClient staff;
    private LocalDate firstDay;

    KioskBench(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Whether the data folder holds a seeded history already (kept from an earlier run). */
    boolean seeded() {
        if (!Files.exists(KioskSettings.of(dataDir).databaseFile())) {
            return false;
        }
        try (Database db = Database.open(KioskSettings.of(dataDir).databaseFile())) {
            firstDay = db.read(c -> Jdbc.one(c, "SELECT min(opened_at) FROM class_session",
                    row -> row.getString(1))).map(t -> LocalDate.ofInstant(java.time.Instant.parse(t),
                    KioskSettings.VIETNAM)).orElse(null);
            return firstDay != null;
        }
    }

    /**
     * Seeds the sample commune, grown to {@code learners}, and {@code rows} past check-ins; returns how many
     * learners there are.
     */
    int seed(int learners, long rows) {
        try (Database db = Database.open(KioskSettings.of(dataDir).databaseFile())) {
            SampleData.seed(db);
            MoreLearners.growTo(db, learners);
            firstDay = AttendanceHistory.write(db, rows, KioskSettings.VIETNAM);
            return (int) (long) db.read(c -> Jdbc.count(c, "SELECT count(*) FROM person"));
        }
    }

    /**
     * How long a cold kiosk process took to serve its page: the first start after an install or upgrade (no
     * class archive yet; the kiosk writes it when it stops) and every start after that, with the archive.
     */
    record Starts(Duration first, Duration usual, boolean archived) {
    }

    /** Starts the kiosk, stops it (it writes its class archive) and starts it again; it stays up. */
    Starts startTwice(Path classArchive) throws IOException, InterruptedException {
        Files.deleteIfExists(classArchive);
        Duration first = startToServing(classArchive);
        kiosk.close();
        Duration usual = startToServing(classArchive);
        // Written at the stop, and mapped by the second start without a word in the JVM's log of it.
        Path log = Path.of(classArchive + ".log");
        boolean archived = Files.exists(classArchive) && Files.exists(log) && Files.size(log) == 0;
        staff = new StaffClient(kiosk.base()).loggedIn(FirstStaffAccount.NAME, STAFF_PASSWORD);
        return new Starts(first, usual, archived);
    }

    /** From starting the kiosk's process (a cold JVM) to its page answering. */
    private Duration startToServing(Path classArchive) throws IOException, InterruptedException {
        long started = System.nanoTime();
        kiosk = KioskProcess.start(dataDir, STAFF_PASSWORD, dataDir.resolve("kiosk.log"), classArchive);
        URI page = kiosk.base().resolve("/kiosk/");
        long deadline = started + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!kiosk.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the kiosk did not start; its log: " + dataDir.resolve("kiosk.log")
                        + "\n" + Files.readString(dataDir.resolve("kiosk.log")));
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * What a run of check-ins measured: round trips as the client saw them, and the server's own part by the
     * metrics of its {@code Server-Timing} header ({@code checkin}, the whole, and its parts), in their order.
     */
    record CheckInRun(Latencies roundTrips, Map<String, Latencies> server) {
    }

    /**
     * Check-ins of random learners offered at {@code perSecond} for {@code seconds}, each timed from when it
     * was due, and by the server's {@code Server-Timing}.
     */
    CheckInRun checkIns(int perSecond, int seconds) throws IOException, InterruptedException {
        String topicId = new JsonArray(staff.get("/api/staff/topics").body()).getJsonObject(0).getString("id");
        // A new session each run, so that every check-in of the run is a new one (not "already checked in").
        HttpResponse<String> opened = staff.post("/api/staff/sessions", new JsonObject().put("topicId", topicId).encode());
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("could not open a session: " + opened.body());
        }
        List<String> people = new JsonArray(staff.get("/api/staff/learners").body()).stream()
                .map(learner -> ((JsonObject) learner).getString("id")).toList();
        Latencies latencies = new Latencies();
        Map<String, Latencies> server = Collections.synchronizedMap(new LinkedHashMap<>());
        URI checkIns = kiosk.base().resolve("/api/check-ins");
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
                answer.headers().firstValue("Server-Timing").ifPresent(timing -> ServerTiming.millis(timing)
                        .forEach((metric, millis) -> server.computeIfAbsent(metric, m -> new Latencies())
                                .add((long) (millis * 1_000_000))));
            });
        }
        CompletableFuture.allOf(sent).join();
        return new CheckInRun(latencies, server);
    }

    /** What the staff's download of every check-in took. */
    record Export(long rows, long bytes, Duration took) {
    }

    /**
     * Downloads every check-in as {@code csv} or {@code xlsx}; rows are counted in a CSV only (its lines less the
     * header). Read with a plain blocking connection: the JDK's HttpClient took about 1.5 s of CPU a CSV export
     * to read it, from the two cores the kiosk shares with this client here (a staff's phone reads it on a real
     * kiosk, not the kiosk's cores).
     */
    Export exportEverything(String extension) throws IOException {
        URI file = kiosk.base().resolve("/staff/attendance." + extension + "?from=" + firstDay + "&to="
                + LocalDate.now(KioskSettings.VIETNAM));
        long started = System.nanoTime();
        HttpURLConnection connection = (HttpURLConnection) file.toURL().openConnection();
        connection.setRequestProperty("Cookie", staff.cookies().getCookieStore().get(file).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        try {
            if (connection.getResponseCode() != 200) {
                throw new IllegalStateException("the export answered " + connection.getResponseCode());
            }
            LineCounter lines = new LineCounter();
            long bytes;
            try (InputStream in = connection.getInputStream()) {
                bytes = in.transferTo(lines);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return new Export(extension.equals("csv") ? lines.count - 1 : -1, bytes, took);
        } finally {
            connection.disconnect();
        }
    }

    /** Counts line ends and keeps nothing (no cell of the export holds a line break). */
    private static final class LineCounter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            if (b == '\n') {
                count++;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    count++;
                }
            }
        }
    }

    /** The kiosk process's resident memory in MB (Linux); -1 where it cannot be read. */
    long residentMegabytes() throws IOException {
        return kiosk.residentMegabytes();
    }

    /** Starts reading the kiosk process's resident memory until {@link ResidentMemory#stop}. */
    ResidentMemory sampleResidentMemory() {
        return ResidentMemory.sample(kiosk);
    }

    @Override
    public void close() throws InterruptedException {
        if (staff != null) {
            staff.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
        http.close();
    }
}
