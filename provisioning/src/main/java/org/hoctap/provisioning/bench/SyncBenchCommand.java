package org.hoctap.provisioning.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.hoctap.gateway.sync.EnrolmentCodes;
import org.hoctap.gateway.sync.SyncServer;
import org.hoctap.kiosk.sync.CentralClient;
import org.hoctap.kiosk.sync.DeviceCredential;
import org.hoctap.kiosk.sync.SyncOutbox;
import org.hoctap.kiosk.sync.SyncUp;
import org.hoctap.shared.bench.BenchLogs;
import org.hoctap.shared.bench.ScratchDir;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.sample.SampleData;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench sync}: a year of one busy centre (classes and check-ins made on a kiosk) sent up from
 * empty to a central server over HTTP on loopback: bytes on the wire per check-in, in all, and time.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Measures the sync up: a year of a busy centre's check-ins sent from a kiosk to the central "
                + "server on loopback; prints bytes per check-in, bytes in all and seconds.")
public final class SyncBenchCommand implements Callable<Integer> {
    @Option(names = "--check-ins", defaultValue = "30000", description = "Check-ins made on the kiosk (default: ${DEFAULT-VALUE}).")
    int checkIns;

    @Option(names = "--per-class", defaultValue = "60", description = "Check-ins per class (default: ${DEFAULT-VALUE}).")
    int perClass;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (checkIns < 1 || perClass < 1) {
            throw new IllegalArgumentException("--check-ins and --per-class must be at least 1");
        }
        BenchLogs.warningsOnly();
        PrintWriter out = spec.commandLine().getOut();
        try (ScratchDir dir = ScratchDir.create("hoctap-bench-sync-")) {
            Path centralDir = Files.createDirectories(dir.path().resolve("central"));
            Path kioskDir = Files.createDirectories(dir.path().resolve("kiosk"));
            Centre centre;
            try (Database seeded = Database.open(centralDir.resolve("hoctap.db"))) {
                SampleData.seed(seeded);
                centre = seeded.read(Places::centres).get(0);
            }
            for (String file : List.of("hoctap.db", "hoctap.db-wal", "hoctap.db-shm")) {
                if (Files.exists(centralDir.resolve(file))) {
                    Files.copy(centralDir.resolve(file), kioskDir.resolve(file));
                }
            }
            try (Database central = Database.open(centralDir.resolve("hoctap.db"));
                    Database kiosk = Database.open(kioskDir.resolve("hoctap.db"));
                    SyncServer server = SyncServer.start(central, centralDir, Clock.systemUTC(),
                            "127.0.0.1", 0);
                    CentralClient client = new CentralClient()) {
                String code = central.write(c -> EnrolmentCodes.issue(c, centre, Instant.now()));
                DeviceCredential device = client.enrol(URI.create("http://127.0.0.1:" + server.port() + "/"),
                        centre.code(), code);
                SyncOutbox.markAsKiosk(kiosk);
                int classes = makeAYear(kiosk, centre);
                long start = System.nanoTime();
                SyncUp.Sent sent = SyncUp.run(kiosk, kioskDir, device, client);
                double seconds = (System.nanoTime() - start) / 1e9;
                long stored = central.read(c -> Jdbc.count(c, "SELECT count(*) FROM attendance"));
                out.printf("sync bench: %d check-ins in %d classes, sent up in %d batches from empty%n", checkIns,
                        classes, sent.batches());
                out.printf("bytes on the wire (batch bodies): %,d in all, %.1f per check-in; %.2f s%n", sent.bytes(),
                        (double) sent.bytes() / checkIns, seconds);
                out.printf("check: %d check-ins on the central server%n", stored);
                return stored >= checkIns ? 0 : 1;
            }
        }
    }

    /** Classes of the first topic, one a day from a year ago, each with {@code perClass} of the roster. */
    private int makeAYear(Database kiosk, Centre centre) {
        return kiosk.write(c -> {
            String topic = Learning.topics(c).get(0).id();
            List<String> persons = Jdbc.list(c, "SELECT id FROM person ORDER BY id", row -> row.getString(1));
            Instant day = Instant.now().minus(Duration.ofDays(365));
            int made = 0;
            int classes = 0;
            while (made < checkIns) {
                String session = Ids.newId();
                Instant opened = day.plus(Duration.ofDays(classes));
                Jdbc.update(c, """
                        INSERT INTO class_session (id, centre_id, topic_id, teacher, opened_at, closed_at)
                        VALUES (?, ?, ?, 'Cô Lò Thị Xuân', ?, ?)""", session, centre.id(), topic, opened,
                        opened.plus(Duration.ofHours(2)));
                for (int i = 0; i < perClass && made < checkIns; i++, made++) {
                    Jdbc.update(c, """
                            INSERT INTO attendance (id, session_id, person_id, checked_in_at, method)
                            VALUES (?, ?, ?, ?, 'CARD')""", Ids.newId(), session,
                            persons.get((classes * 7 + i) % persons.size()), opened.plusSeconds(20L * i));
                }
                classes++;
            }
            return classes;
        });
    }
}
