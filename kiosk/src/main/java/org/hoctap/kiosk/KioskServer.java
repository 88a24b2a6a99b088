package org.hoctap.kiosk;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hoctap.hardware.Hardware;
import org.hoctap.hardware.power.LowBatteryGuard;
import org.hoctap.kiosk.clock.ClockRoutes;
import org.hoctap.kiosk.export.ExportRoutes;
import org.hoctap.kiosk.export.UsbExportRoutes;
import org.hoctap.kiosk.attendance.CheckInRoutes;
import org.hoctap.kiosk.attendance.CheckIns;
import org.hoctap.kiosk.attendance.StaffAttendanceRoutes;
import org.hoctap.kiosk.hardware.PowerRoutes;
import org.hoctap.kiosk.hardware.SimulatedHardwareRoutes;
import org.hoctap.kiosk.page.PageRoutes;
import org.hoctap.kiosk.reader.ReaderCheckIns;
import org.hoctap.kiosk.roster.EnrolmentRoutes;
import org.hoctap.kiosk.roster.RosterRoutes;
import org.hoctap.kiosk.session.AutoClose;
import org.hoctap.kiosk.session.SessionRoutes;
import org.hoctap.kiosk.session.StaffSessionRoutes;
import org.hoctap.kiosk.staff.FirstStaffAccount;
import org.hoctap.kiosk.staff.StaffAccounts;
import org.hoctap.kiosk.staff.StaffLogRoutes;
import org.hoctap.kiosk.staff.StaffLogin;
import org.hoctap.kiosk.sync.SyncOutbox;
import org.hoctap.kiosk.sync.SyncRoutes;
import org.hoctap.kiosk.sync.SyncRunner;
import org.hoctap.kiosk.texts.KioskTexts;
import org.hoctap.kiosk.texts.TextRoutes;
import org.hoctap.kiosk.web.ApiFallbacks;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.LocalClock;
import org.hoctap.kiosk.web.SecurityHeaders;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.net.BrowserUri;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's web server, assembled: the database {@code <dataDir>/hoctap.db}, the templates (with
 * staff overrides from {@code <dataDir>/templates}), the staff password, and a Vert.x HTTP server
 * with the touch page and its API. Database work runs on a small worker pool, never on the event loop.
 * It neither seeds nor sets up data: the database must hold the centre already.
 *
 * <pre>{@code
 * try (KioskServer kiosk = new KioskServer(KioskSettings.of(dataDir).withPort(0)).start()) {
 *     URI page = kiosk.pageUri();
 *     ...
 * }
 * }</pre>
 */
public final class KioskServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskServer.class);
    private static final long START_TIMEOUT_SECONDS = 30;
    private static final long CLOSE_TIMEOUT_SECONDS = 10;
    private static final int EVENT_LOOPS = 2;
    private static final int STORE_WORKERS = 4;
    private static final long STORE_WORK_MINUTES = 15;

    private final KioskSettings settings;
    private final Clock clock;
    private final Hardware hardware;
    private ReaderCheckIns readerCheckIns;
    private SyncRunner sync;
    private Database db;
    private Centre centre;
    private StaffAccounts staffAccounts;
    private Optional<FirstStaffAccount> firstStaffAccount = Optional.empty();
    private Vertx vertx;
    private WorkerExecutor workers;
    private HttpServer server;
    private boolean started;
    private boolean closed;

    public KioskServer(KioskSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** A kiosk whose "now" comes from {@code clock} (for tests), with simulated hardware. */
    public KioskServer(KioskSettings settings, Clock clock) {
        this(settings, clock, Hardware.simulated(clock));
    }

    /**
     * A kiosk with its hardware (card reader, feedback, battery), which it closes when it stops; when
     * the battery runs low the kiosk is stopped (its database closed) before the power goes.
     */
    public KioskServer(KioskSettings settings, Clock clock, Hardware hardware) {
        this.settings = settings;
        this.clock = clock;
        this.hardware = hardware;
    }

    /**
     * Opens the database, loads the texts and listens; returns once the page can be served.
     *
     * @throws IllegalStateException if the database has no such centre (or several and none was named),
     *     or the port cannot be bound; everything opened so far is closed again
     */
    public synchronized KioskServer start() {
        if (started || closed) {
            throw new IllegalStateException("a kiosk starts once");
        }
        started = true;
        log.info("Starting the kiosk with data in {}", settings.dataDir());
        try {
            db = Database.open(settings.databaseFile());
            SyncOutbox.markAsKiosk(db);
            Templates templates = Templates.loadCreatingOverrideFolder(settings.templatesDir());
            centre = findCentre(db, settings.centreCode());
            staffAccounts = new StaffAccounts(db, clock);
            firstStaffAccount = FirstStaffAccount.ensure(staffAccounts, settings.staffPassword(), settings.staffPin(),
                    settings.staffPasswordFile(), settings.staffPinFile());
            vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(EVENT_LOOPS));
            // Vert.x copies classpath files to its cache directory when first asked for them; the page's
            // files asked for at once could race to be copied (a 500 for one of them). Copy them all first.
            vertx.fileSystem().existsBlocking(PageRoutes.WEBROOT);
            // A long export to a slow phone may take minutes: not a blocked thread to warn about.
            workers = vertx.createSharedWorkerExecutor("hoctap-kiosk-store", STORE_WORKERS,
                    STORE_WORK_MINUTES, TimeUnit.MINUTES);
            StoreAccess store = new StoreAccess(db, workers);
            Router router = router(templates, store);
            server = await(vertx.createHttpServer(new HttpServerOptions().setHost(settings.host())
                            .setPort(settings.port()))
                    .requestHandler(router)
                    .listen(), "listening on " + settings.host() + ":" + settings.port());
            new AutoClose(centre.id(), settings.zone(), settings.closingHour()).runEveryMinute(vertx, store, clock);
            sync.start();
            hardware.shutdown().beforePowerOff(this::close);
            hardware.watchBattery(LowBatteryGuard.DEFAULT_EVERY);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        log.info("Kiosk of centre {} ({}) serving {}", centre.code(), centre.name(), pageUri());
        log.info("Staff page {}: {}", staffPageUri(), staffLoginHint());
        return this;
    }

    private Router router(Templates templates, StoreAccess store) {
        Router router = Router.router(vertx);
        CheckIns checkIns = new CheckIns(centre.id(), settings.zone(), clock);
        LocalClock local = new LocalClock(settings.zone());
        readerCheckIns = new ReaderCheckIns(vertx, store, checkIns, templates, hardware);
        sync = new SyncRunner(db, settings.dataDir(), settings.templatesDir(), clock, SyncRunner.DEFAULT_EVERY);
        List<KioskRoutes> features = List.of(
                new SecurityHeaders(),
                new StaffLogin(vertx, store, staffAccounts, templates, clock),
                new StaffLogRoutes(store, local),
                new SessionRoutes(store, centre, settings.zone(), clock),
                new StaffSessionRoutes(store, centre, templates, local, clock),
                new RosterRoutes(store, centre, templates),
                new EnrolmentRoutes(store, centre, templates, clock),
                new CheckInRoutes(store, checkIns, templates, hardware.feedback()),
                readerCheckIns,
                new StaffAttendanceRoutes(store, centre, checkIns, templates, local, clock),
                new ExportRoutes(store, centre, templates, settings.zone(), clock),
                new ClockRoutes(store, templates, settings.zone(), clock, settings.clockSetter()),
                new UsbExportRoutes(store, centre, templates, settings.zone(), clock, settings.usbSticks()),
                new TextRoutes(new KioskTexts(templates)),
                new PowerRoutes(hardware),
                new SyncRoutes(sync, store, templates, local),
                new SimulatedHardwareRoutes(hardware, templates, store),
                new PageRoutes(),
                new ApiFallbacks(templates));
        features.forEach(feature -> feature.mount(router));
        return router;
    }

    private static Centre findCentre(Database db, Optional<String> code) {
        List<Centre> centres = db.read(Places::centres);
        List<String> codes = centres.stream().map(Centre::code).toList();
        if (code.isPresent()) {
            return centres.stream().filter(c -> c.code().equalsIgnoreCase(code.get().strip())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the database " + db.file() + " has no centre "
                            + code.get() + "; it has " + (codes.isEmpty() ? "none" : codes)));
        }
        if (centres.size() == 1) {
            return centres.get(0);
        }
        throw new IllegalStateException(centres.isEmpty()
                ? "the database " + db.file() + " has no centre yet: set one up (or run the demo) first"
                : "the database " + db.file() + " has several centres " + codes + ": say which with --centre");
    }

    /** The port the server listens on (the actual one when the settings asked for 0). */
    public synchronized int port() {
        requireStarted();
        return server.actualPort();
    }

    /** Where the server answers, e.g. {@code http://localhost:8080/} (localhost when it listens on all addresses). */
    public URI baseUri() {
        return BrowserUri.of(settings.host(), port());
    }

    /** The touch page, e.g. {@code http://localhost:8080/kiosk/}. */
    public URI pageUri() {
        return baseUri().resolve(PageRoutes.PATH);
    }

    /** The kiosk's database, open between {@link #start()} and {@link #close()}. */
    public synchronized Database database() {
        requireStarted();
        return db;
    }

    /** The centre this kiosk serves. */
    public synchronized Centre centre() {
        requireStarted();
        return centre;
    }

    /** The staff page, e.g. {@code http://localhost:8080/kiosk/staff.html}. */
    public URI staffPageUri() {
        return baseUri().resolve(PageRoutes.PATH + "staff.html");
    }

    /** The first staff account, when this start made it or set its configured password. */
    public synchronized Optional<FirstStaffAccount> firstStaffAccount() {
        requireStarted();
        return firstStaffAccount;
    }

    /** How to log in to the staff page, for the console (never a secret itself). */
    public String staffLoginHint() {
        return firstStaffAccount().map(FirstStaffAccount::howToLogIn).orElse("with a staff account of this kiosk");
    }

    public KioskSettings settings() {
        return settings;
    }

    /** Stops listening, then closes Vert.x and the database; waits a few seconds at most. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (readerCheckIns != null) {
            readerCheckIns.close();
        }
        if (sync != null) {
            sync.close();
        }
        if (server != null) {
            awaitQuietly(server.close(), "the kiosk's HTTP server");
        }
        if (workers != null) {
            awaitQuietly(workers.close(), "the kiosk's store workers");
        }
        if (vertx != null) {
            awaitQuietly(vertx.close(), "the kiosk's Vert.x");
        }
        if (db != null) {
            db.close();
        }
        hardware.close();
        log.info("Kiosk stopped");
    }

    private void requireStarted() {
        if (server == null || closed) {
            throw new IllegalStateException("the kiosk is not running");
        }
    }

    private static <T> T await(Future<T> future, String what) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the kiosk failed " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the kiosk took too long " + what, e);
        }
    }

    private static void awaitQuietly(Future<Void> closing, String what) {
        try {
            closing.toCompletionStage().toCompletableFuture().get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("closing {}: {}", what, e.toString());
        }
    }
}
