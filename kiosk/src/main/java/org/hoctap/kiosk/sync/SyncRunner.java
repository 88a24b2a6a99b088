package org.hoctap.kiosk.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hoctap.shared.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs an enrolled kiosk with the central server in the background: the roster and the officers'
 * wording of the texts down, then its records up, every {@code every} while the server answers, and after a failure again in 1 minute,
 * doubling up to {@code every} (a link that comes and goes is caught when it is there). Staff can
 * also run it now. A kiosk never enrolled does nothing.
 */
public final class SyncRunner implements AutoCloseable {
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

    private final Database db;
    private final Path dataDir;
    private final Path templatesDir;
    private final Clock clock;
    private final Duration every;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sync").daemon(true).factory());
    // Made at the first run of an enrolled kiosk: the JDK's HTTP client and TLS are some 400 classes
    // that a kiosk never enrolled would keep in memory for nothing.
    private volatile CentralClient central;
    private volatile Optional<SyncResult> last = Optional.empty();
    private Duration retry = FIRST_RETRY;

    public SyncRunner(Database db, Path dataDir, Path templatesDir, Clock clock, Duration every) {
        this.db = db;
        this.dataDir = dataDir;
        this.templatesDir = templatesDir;
        this.clock = clock;
        this.every = every;
    }

    /**
     * Starts the background runs, the first at once. A kiosk not enrolled yet is looked at again each
     * time, so one enrolled while it runs starts syncing without a restart.
     */
    public SyncRunner start() {
        if (credential().isEmpty()) {
            log.info("this kiosk is not enrolled with a central server: no sync until it is (./hoctap enrol)");
        }
        timer.schedule(this::runAndPlan, 0, TimeUnit.SECONDS);
        return this;
    }

    /** The client for {@code credential}'s central server: a new one when the pinned certificate changed. */
    private CentralClient clientFor(DeviceCredential credential) {
        CentralClient client = central;
        if (client == null || !client.certificatePin().equals(credential.certificatePin())) {
            closeClient();
            client = new CentralClient(credential.certificatePin());
            central = client;
        }
        return client;
    }

    /** Whether an HTTP client to the central server has been made (for tests). */
    boolean hasClient() {
        return central != null;
    }

    private void closeClient() {
        CentralClient client = central;
        central = null;
        if (client != null) {
            client.close();
        }
    }

    public boolean enrolled() {
        return credential().isPresent();
    }

    /** The last run's result; empty before the first. */
    public Optional<SyncResult> last() {
        return last;
    }

    /** Runs a sync now (waiting for a run under way to end first); empty when the kiosk is not enrolled. */
    public synchronized Optional<SyncResult> runNow() {
        Optional<DeviceCredential> credential = credential();
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        SyncResult result;
        try {
            CentralClient client = clientFor(credential.get());
            SyncDown.Got got = SyncDown.run(db, credential.get(), client);
            int texts = TemplatesDown.apply(templatesDir, client.templates(credential.get()));
            if (texts > 0) {
                log.info("{} text file(s) came down from the central server; they show from the next start", texts);
            }
            SyncUp.Sent sent = SyncUp.run(db, dataDir, credential.get(), client);
            result = new SyncResult(clock.instant(), sent.batches(), got.records(), Optional.empty(), false);
            log.info("synced with {}: {} batch(es) up, {} record(s) down", credential.get().central(), sent.batches(),
                    got.records());
        } catch (IOException | RuntimeException e) {
            boolean unreachable = e instanceof java.net.ConnectException
                    || e instanceof java.net.http.HttpTimeoutException || e instanceof java.net.UnknownHostException;
            result = new SyncResult(clock.instant(), 0, 0, Optional.of(e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), unreachable);
            log.warn("sync with {} failed: {}", credential.get().central(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = new SyncResult(clock.instant(), 0, 0, Optional.of("interrupted"), false);
        }
        last = Optional.of(result);
        return last;
    }

    private void runAndPlan() {
        Duration next = runNow().map(r -> r.ok() ? afterSuccess() : backOff()).orElse(every);
        if (!timer.isShutdown()) {
            timer.schedule(this::runAndPlan, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Duration afterSuccess() {
        retry = FIRST_RETRY;
        return every;
    }

    private Duration backOff() {
        Duration wait = retry;
        retry = retry.multipliedBy(2).compareTo(every) > 0 ? every : retry.multipliedBy(2);
        return wait;
    }

    private Optional<DeviceCredential> credential() {
        try {
            return DeviceCredential.load(dataDir);
        } catch (IOException | RuntimeException e) {
            log.error("the sync credential in {} cannot be read: {}", dataDir, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        closeClient();
    }
}
