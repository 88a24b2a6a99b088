package org.hoctap.gateway;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.hoctap.gateway.config.ConfigFile;
import org.hoctap.gateway.config.SettingsDefaults;
import org.hoctap.gateway.inbox.InboxSettings;
import org.hoctap.gateway.outbox.OutboxSettings;
import org.hoctap.gateway.outbox.ReplyLimits;
import org.hoctap.gateway.smpp.BindMode;
import org.hoctap.gateway.smpp.MoDecoding;
import org.hoctap.gateway.smpp.MtSplit;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.sync.SyncServer;
import org.hoctap.gateway.ussd.UssdOperation;
import org.hoctap.gateway.ussd.UssdProfile;
import org.hoctap.gateway.web.TlsIdentity;
import org.hoctap.shared.system.DatabaseHealth;
import org.hoctap.shared.system.SystemdNotify;
import org.hoctap.shared.text.Folding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gateway}: runs the central gateway until the process is stopped. */
@Command(name = "gateway", mixinStandardHelpOptions = true, defaultValueProvider = SettingsDefaults.class,
        description = {
            "Runs the SMS gateway: binds to the SMSC over SMPP 3.4, records households' reports, answers.",
            "Each option can also come from the environment (HOCTAP_ and the option's name in capitals, "
                    + "e.g. HOCTAP_SMSC_HOST) or from the file given with --config (e.g. smsc-host = 10.0.0.5); "
                    + "the command line wins over the environment, which wins over the file."},
        sortOptions = false)
public final class GatewayCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE",
            description = "A file of settings, one 'name = value' a line, named as the options without dashes.")
    Path config;

    @Option(names = "--data-dir", defaultValue = "./data/gateway",
            description = "Folder of the database and template overrides (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--smsc-host", defaultValue = "127.0.0.1", description = "SMSC host (default: ${DEFAULT-VALUE}).")
    String smscHost;

    @Option(names = "--smsc-port", defaultValue = "2775", description = "SMSC SMPP port (default: ${DEFAULT-VALUE}).")
    int smscPort;

    @Option(names = "--system-id", defaultValue = "hoctap", description = "SMPP system_id (default: ${DEFAULT-VALUE}).")
    String systemId;

    @Option(names = "--password", defaultValue = "hoctap",
            description = "SMPP password (better given in the environment or the file than on the command line).")
    String password;

    @Option(names = "--system-type", defaultValue = "", description = "SMPP system_type (default: empty).")
    String systemType;

    @Option(names = "--address-range", defaultValue = "", description = "SMPP address_range of the bind (default: empty).")
    String addressRange;

    @Option(names = "--bind-type", defaultValue = "trx", paramLabel = "trx|tx-rx",
            converter = BindTypeConverter.class,
            description = "One transceiver (trx) or a transmitter and a receiver (tx-rx) (default: ${DEFAULT-VALUE}).")
    BindMode bindMode;

    @Option(names = "--short-code", defaultValue = "8055",
            description = "Our short code, the source of replies (default: ${DEFAULT-VALUE}).")
    String shortCode;

    @Option(names = "--split", defaultValue = "udh8", paramLabel = "udh8|udh16|sar|payload",
            converter = SplitConverter.class,
            description = "How a reply longer than one SMS is sent (default: ${DEFAULT-VALUE}).")
    MtSplit split;

    @Option(names = "--tps", defaultValue = "50",
            description = "submit_sm per second the operator allows (default: ${DEFAULT-VALUE}).")
    int tps;

    @Option(names = "--window", defaultValue = "10",
            description = "submit_sm awaiting their response at once (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--validity-hours", defaultValue = "24",
            description = "Give up a reply not sent within this many hours (default: ${DEFAULT-VALUE}).")
    int validityHours;

    @Option(names = "--enquire-link-seconds", defaultValue = "30",
            description = "Check the link with enquire_link this often; two unanswered end it (default: ${DEFAULT-VALUE}).")
    int enquireLinkSeconds;

    @Option(names = "--default-alphabet", defaultValue = "gsm7", paramLabel = "gsm7|latin1|ascii",
            converter = AlphabetConverter.class,
            description = "What data_coding 0 means on this SMSC (default: ${DEFAULT-VALUE}).")
    MoDecoding.DefaultAlphabet defaultAlphabet;

    @Option(names = "--gsm-packed", defaultValue = "false",
            description = "The SMSC sends GSM text packed, 8 characters in 7 bytes (default: ${DEFAULT-VALUE}).")
    boolean gsmPacked;

    @Option(names = "--duplicate-window-minutes", defaultValue = "10",
            description = "The same text from the same number within this time is one message (default: ${DEFAULT-VALUE}).")
    int duplicateWindowMinutes;

    @Option(names = "--replies-per-day", defaultValue = "30",
            description = "Replies to one number in 24 hours at most (default: ${DEFAULT-VALUE}).")
    int repliesPerDay;

    @Option(names = "--same-text-repeats", defaultValue = "2",
            description = "Times the same reply may go to one number in 30 minutes (default: ${DEFAULT-VALUE}).")
    int sameTextRepeats;

    @Option(names = "--ussd-service-type", defaultValue = "USSD",
            description = "The service_type of our USSD screens, as the operator asks (default: ${DEFAULT-VALUE}).")
    String ussdServiceType;

    @Option(names = "--ussd-sessions", defaultValue = "session-info", paramLabel = "BY",
            description = "How USSD sessions are told apart: session-info (the its_session_info TLV) or phone "
                    + "(one session per number) (default: ${DEFAULT-VALUE}).")
    String ussdSessions;

    @Option(names = "--ussd-end", defaultValue = "pssr-response",
            description = "How the last USSD screen ends the session: pssr-response (a PSSR response, the usual) or "
                    + "ussn-notify (a USSN request, a notification, as some operators do) (default: ${DEFAULT-VALUE}).")
    String ussdEnd;

    @Option(names = "--ussd-idle-seconds", defaultValue = "60",
            description = "How long the network keeps an idle USSD session (default: ${DEFAULT-VALUE}).")
    int ussdIdleSeconds;

    @Option(names = "--sms-price", defaultValue = "350", paramLabel = "DONG",
            description = "What the operator charges for one SMS part, in đồng, for the cost shown before a broadcast "
                    + "(default: ${DEFAULT-VALUE}).")
    long smsPrice;

    @Option(names = "--admin-port", defaultValue = "8026",
            description = "Port of the admin endpoint (/status.json, /metrics) on 127.0.0.1; -1 for none "
                    + "(default: ${DEFAULT-VALUE}).")
    int adminPort;

    @Option(names = "--web-port", defaultValue = "8028",
            description = "Port of the central web for officers (titles, review, results), on all addresses; -1 for "
                    + "none (default: ${DEFAULT-VALUE}). The first account, 'tinh', has its password in "
                    + "DATA-DIR/officer-password.")
    int webPort;

    @Option(names = "--sync-port", defaultValue = "8027",
            description = "Port where kiosks enrol and sync, on all addresses; -1 for none (default: ${DEFAULT-VALUE}).")
    int syncPort;

    @Option(names = "--tls-cert", paramLabel = "PEM",
            description = "The certificate (PEM) the central web and the sync endpoint present over HTTPS; with "
                    + "--tls-key. Without them both serve plain HTTP. hoctap-setup server makes a self-signed one.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "The certificate's private key (PEM).")
    Path tlsKey;

    @Option(names = "--fold", defaultValue = "when-cheaper", paramLabel = "POLICY", converter = FoldingConverter.class,
            description = "When Vietnamese replies go as unaccented text: never, when-cheaper (when that saves a "
                    + "message) or always (default: ${DEFAULT-VALUE}).")
    Folding fold;

    @Spec
    CommandSpec spec;

    /** Reads the folding policy, with the accepted values in the error. */
    static final class FoldingConverter implements CommandLine.ITypeConverter<Folding> {
        @Override
        public Folding convert(String value) {
            try {
                return Folding.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private final boolean withConfigFile;

    public GatewayCommand() {
        this(false);
    }

    private GatewayCommand(boolean withConfigFile) {
        this.withConfigFile = withConfigFile;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (config != null && !withConfigFile) {
            return againWithConfigFile();
        }
        if (syncPort < -1 || syncPort > 65_535) {
            throw new IllegalArgumentException("--sync-port must be -1 (none) or 0..65535, not " + syncPort);
        }
        GatewayServer gateway = new GatewayServer(settings());
        AtomicReference<SyncServer> sync = new AtomicReference<>();
        AtomicReference<Optional<SystemdNotify>> systemd = new AtomicReference<>(Optional.empty());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("gateway-shutdown").unstarted(() -> {
            systemd.get().ifPresent(SystemdNotify::close);
            Optional.ofNullable(sync.get()).ifPresent(SyncServer::close);
            gateway.close();
            stopped.countDown();
        }));
        gateway.start();
        if (syncPort >= 0) {
            sync.set(SyncServer.start(gateway.database(), dataDir, Clock.systemUTC(), "0.0.0.0", syncPort,
                    gateway.settings().tls()));
        }
        systemd.set(SystemdNotify.ready(new DatabaseHealth(gateway.database())));
        stopped.await();
        return 0;
    }

    /** The settings the options describe; a value out of range is refused with a clear message. */
    GatewaySettings settings() {
        requirePositive(tps, "--tps");
        requirePositive(window, "--window");
        requirePositive(validityHours, "--validity-hours");
        requirePositive(enquireLinkSeconds, "--enquire-link-seconds");
        requirePositive(repliesPerDay, "--replies-per-day");
        requirePositive(sameTextRepeats, "--same-text-repeats");
        if (smsPrice < 0) {
            throw new IllegalArgumentException("--sms-price must not be negative");
        }
        if (duplicateWindowMinutes < 0) {
            throw new IllegalArgumentException("--duplicate-window-minutes must not be negative");
        }
        if (smscPort < 1 || smscPort > 65_535) {
            throw new IllegalArgumentException("--smsc-port must be 1..65535, not " + smscPort);
        }
        SmppSettings smpp = SmppSettings.of(smscHost, smscPort, systemId, password, shortCode)
                .withBind(bindMode, systemType, addressRange)
                .withSplit(split)
                .withTimers(Duration.ofSeconds(enquireLinkSeconds), SmppSettings.DEFAULT_TRANSACTION_TIMER);
        InboxSettings inbox = InboxSettings.DEFAULTS
                .withDecoding(new MoDecoding(defaultAlphabet, gsmPacked))
                .withDuplicateWindow(Duration.ofMinutes(duplicateWindowMinutes));
        OutboxSettings outbox = OutboxSettings.DEFAULTS.withRate(tps, window)
                .withValidity(Duration.ofHours(validityHours))
                .withLimits(new ReplyLimits(repliesPerDay, sameTextRepeats))
                .withPrice(smsPrice);
        if (adminPort < -1 || adminPort > 65_535) {
            throw new IllegalArgumentException("--admin-port must be -1 (none) or 0..65535, not " + adminPort);
        }
        if (webPort < -1 || webPort > 65_535) {
            throw new IllegalArgumentException("--web-port must be -1 (none) or 0..65535, not " + webPort);
        }
        requirePositive(ussdIdleSeconds, "--ussd-idle-seconds");
        if (!ussdSessions.equals("session-info") && !ussdSessions.equals("phone")) {
            throw new IllegalArgumentException("--ussd-sessions must be session-info or phone, not " + ussdSessions);
        }
        UssdOperation end = switch (ussdEnd) {
            case "pssr-response" -> UssdOperation.PSSR_RESPONSE;
            case "ussn-notify" -> UssdOperation.USSN_REQUEST;
            default -> throw new IllegalArgumentException("--ussd-end must be pssr-response or ussn-notify, not " + ussdEnd);
        };
        UssdProfile ussd = new UssdProfile(ussdServiceType.strip(), UssdProfile.DEFAULT.continueWith(), end,
                ussdSessions.equals("session-info"), Duration.ofSeconds(ussdIdleSeconds));
        return new GatewaySettings(dataDir, smpp, GatewaySettings.VIETNAM, fold, inbox, outbox, adminPort, webPort,
                ussd, tls());
    }

    private Optional<TlsIdentity> tls() {
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together: give both, or neither for plain "
                    + "HTTP");
        }
        return tlsCert == null ? Optional.empty() : Optional.of(TlsIdentity.of(tlsCert, tlsKey));
    }

    /** Parses the same arguments again with the file's settings under the environment's and the command line's. */
    private int againWithConfigFile() {
        Set<String> known = spec.options().stream().map(SettingsDefaults::key).collect(Collectors.toSet());
        Properties file = ConfigFile.load(config, known);
        CommandLine again = new CommandLine(new GatewayCommand(true))
                .setDefaultValueProvider(new SettingsDefaults(System.getenv(), file))
                .setOut(spec.commandLine().getOut())
                .setErr(spec.commandLine().getErr())
                .setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler());
        return again.execute(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
    }

    private static void requirePositive(int value, String option) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, not " + value);
        }
    }

    /** trx or tx-rx. */
    static final class BindTypeConverter implements CommandLine.ITypeConverter<BindMode> {
        @Override
        public BindMode convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "trx" -> BindMode.TRANSCEIVER;
                case "tx-rx", "txrx" -> BindMode.TRANSMITTER_RECEIVER;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not trx or tx-rx");
            };
        }
    }

    /** udh8, udh16, sar or payload. */
    static final class SplitConverter implements CommandLine.ITypeConverter<MtSplit> {
        @Override
        public MtSplit convert(String value) {
            try {
                return MtSplit.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not udh8, udh16, sar or payload");
            }
        }
    }

    /** gsm7, latin1 or ascii. */
    static final class AlphabetConverter implements CommandLine.ITypeConverter<MoDecoding.DefaultAlphabet> {
        @Override
        public MoDecoding.DefaultAlphabet convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "gsm7", "gsm" -> MoDecoding.DefaultAlphabet.GSM7;
                case "latin1", "iso-8859-1" -> MoDecoding.DefaultAlphabet.LATIN1;
                case "ascii" -> MoDecoding.DefaultAlphabet.ASCII;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not gsm7, latin1 or ascii");
            };
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GatewayCommand()).execute(args));
    }
}
