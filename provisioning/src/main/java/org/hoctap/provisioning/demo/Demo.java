package org.hoctap.provisioning.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.hoctap.gateway.GatewayServer;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.smscsim.SmscSimSettings;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.gateway.smscsim.VirtualPhoneWeb;
import org.hoctap.gateway.sync.SyncServer;
import org.hoctap.kiosk.KioskServer;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.learning.Topic;
import org.hoctap.shared.net.BrowserUri;
import org.hoctap.shared.sample.SampleData;
import org.hoctap.shared.sample.SampleSummary;
import org.hoctap.shared.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on one machine: the sample commune seeded into a kiosk database and a gateway
 * database, an SMSC simulator with its virtual phone page, the gateway bound to it over SMPP on
 * loopback, and the kiosk with a class open today. Closing stops them in the reverse order.
 */
public final class Demo implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Demo.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final DemoSettings settings;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private SampleSummary sample;
    private SmscSimulator smsc;
    private VirtualPhoneWeb phonePage;
    private GatewayServer gateway;
    private SyncServer sync;
    private KioskServer kiosk;
    private OpenSession session;

    private Demo(DemoSettings settings) {
        this.settings = settings;
    }

    /**
     * Seeds what is not seeded yet (an existing data folder is reused as it is), starts every part
     * and returns once the pages answer; the gateway binds to the simulator in the background.
     *
     * @throws IllegalStateException if a port is taken or a part cannot start; what started is stopped
     */
    public static Demo start(DemoSettings settings) throws IOException, InterruptedException {
        Demo demo = new Demo(settings);
        try {
            demo.startParts();
        } catch (IOException | InterruptedException | RuntimeException e) {
            demo.close();
            throw e;
        }
        return demo;
    }

    private void startParts() throws IOException, InterruptedException {
        KioskSettings kioskSettings = KioskSettings.of(settings.kioskDir())
                .withHost(settings.host()).withPort(settings.kioskPort());
        sample = seed(kioskSettings.databaseFile());
        List<String> phones = seed(settings.gatewayDir().resolve(GatewaySettings.DATABASE_FILE)).examplePhones();

        smsc = started(SmscSimulator.start(SmscSimSettings.of(settings.smppPort(), DemoSettings.SYSTEM_ID,
                DemoSettings.SMPP_PASSWORD, DemoSettings.SHORT_CODE).withHost(LOOPBACK)));
        phonePage = started(VirtualPhoneWeb.start(smsc, phones, settings.host(), settings.phonePort()));
        SmppSettings smpp = SmppSettings.of(LOOPBACK, smsc.port(), DemoSettings.SYSTEM_ID,
                DemoSettings.SMPP_PASSWORD, DemoSettings.SHORT_CODE);
        gateway = started(new GatewayServer(new GatewaySettings(settings.gatewayDir(), smpp,
                GatewaySettings.VIETNAM).withAdminPort(settings.adminPort()).withWebPort(settings.webPort())).start());
        sync = started(SyncServer.start(gateway.database(), settings.gatewayDir(), Clock.systemUTC(),
                settings.host(), settings.syncPort()));
        kiosk = started(new KioskServer(kioskSettings).start());
        session = openClassToday(kiosk, Clock.systemUTC());
    }

    private <T extends AutoCloseable> T started(T part) {
        running.push(part);
        return part;
    }

    private static SampleSummary seed(Path databaseFile) {
        try (Database db = Database.open(databaseFile)) {
            SampleSummary summary = SampleData.seed(db);
            log.info("{}: centre {}, {} households, {} persons, {} cards", databaseFile, summary.centreCode(),
                    summary.households(), summary.persons(), summary.cards());
            return summary;
        }
    }

    /** Today's open class at the kiosk's centre; when there is none, a class of the first topic is opened. */
    private static OpenSession openClassToday(KioskServer kiosk, Clock clock) {
        String centreId = kiosk.centre().id();
        return ClassSessions.current(kiosk.database(), centreId, kiosk.settings().zone(), clock).orElseGet(() -> {
            Topic topic = kiosk.database().read(Learning::topics).stream()
                    .min(Comparator.comparing(Topic::code))
                    .orElseThrow(() -> new IllegalStateException("the kiosk's database has no topics"));
            return ClassSessions.openNow(kiosk.database(), centreId, topic.id(), DemoSettings.DEMO_TEACHER, clock);
        });
    }

    /** The kiosk's touch page. */
    public URI kioskPage() {
        return kiosk.pageUri();
    }

    /** Where kiosks enrol with the gateway as their central server. */
    public URI syncAddress() {
        return BrowserUri.of(settings.host(), sync.port());
    }

    /** The central web, where officers review registrations for titles and send results. */
    public URI officerPage() {
        return BrowserUri.of(settings.host(), gateway.webPort().orElseThrow());
    }

    /** The virtual phone's page. */
    public URI phonePage() {
        return BrowserUri.of(settings.host(), phonePage.port());
    }

    /** The gateway's figures as JSON (its admin endpoint listens on loopback only). */
    public URI gatewayStatus() {
        return URI.create("http://" + LOOPBACK + ":" + gateway.adminPort().orElseThrow() + "/status.json");
    }

    public KioskServer kiosk() {
        return kiosk;
    }

    public GatewayServer gateway() {
        return gateway;
    }

    public SmscSimulator smsc() {
        return smsc;
    }

    /** The class open at the kiosk, which check-ins go to. */
    public OpenSession session() {
        return session;
    }

    public DemoSettings settings() {
        return settings;
    }

    /** The sample the kiosk's database holds (the gateway's holds the same). */
    public SampleSummary sample() {
        return sample;
    }

    /** Stops the kiosk, the gateway (unbinding), the phone page and the simulator, in that order. */
    @Override
    public void close() {
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("stopping {}: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
