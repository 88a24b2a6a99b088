package org.hoctap.gateway.smscsim;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.hoctap.shared.phone.PhoneNumbers;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small SMPP 3.4 SMSC that stands in for the mobile operator in demos and tests.
 *
 * <p>ESMEs bind with the configured system_id and password (as transmitter, receiver or
 * transceiver). A submit_sm is delivered to the handset at once: it appears in that number's
 * conversation. {@link #deliverMo} makes a handset text a short code: the MO goes as deliver_sm to a
 * bound receiver or transceiver, and waits in a queue while none is bound. Everything runs on the
 * simulator's own threads; {@link #close()} unbinds the ESMEs and stops listening.
 *
 * <pre>{@code
 * try (SmscSimulator smsc = SmscSimulator.start(SmscSimSettings.forTests("hoctap", "secret", "8055"))) {
 *     int port = smsc.port();
 *     smsc.deliverMo("+84912345678", "8055", "12 3");
 *     smsc.awaitMessage("+84912345678", HandsetMessage::isMt, Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class SmscSimulator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmscSimulator.class);

    private final SmscSimSettings settings;
    private final Conversations conversations;
    private final EsmeSessions sessions;
    private final DeliverSmSender sender;
    private final BindAcceptor acceptor;
    private final SubmitFaults submitFaults = new SubmitFaults();
    private final RandomDisconnects disconnects = new RandomDisconnects(this::dropConnections);
    private final AtomicInteger reference = new AtomicInteger(ThreadLocalRandom.current().nextInt(256));
    private volatile boolean closed;

    private static final int USSD_PSSR_INDICATION = 1;
    private static final int USSD_PSSR_RESPONSE = 17;
    private static final int USSD_USSR_CONFIRM = 18;

    private final UssdSessions ussd = new UssdSessions();

    private SmscSimulator(SmscSimSettings settings, Clock clock) throws IOException {
        this.settings = settings;
        this.conversations = new Conversations(settings.historyPerHandset(), clock);
        this.sessions = new EsmeSessions(settings.settleTime());
        this.sender = new DeliverSmSender(sessions, settings);
        this.acceptor = new BindAcceptor(settings, sessions, new SubmitReceiver(conversations, sender, submitFaults, ussd));
    }

    /** Listens and starts the simulator's threads. */
    public static SmscSimulator start(SmscSimSettings settings) throws IOException {
        return start(settings, Clock.systemDefaultZone());
    }

    /** As {@link #start(SmscSimSettings)}, stamping messages with {@code clock}. */
    public static SmscSimulator start(SmscSimSettings settings, Clock clock) throws IOException {
        SmscSimulator smsc = new SmscSimulator(settings, clock);
        smsc.sender.start();
        smsc.acceptor.start();
        log.info("SMSC simulator listening for SMPP on {}:{} (system_id '{}', short code {})", settings.host(),
                smsc.port(), settings.systemId(), settings.shortCode());
        return smsc;
    }

    /** The SMPP port actually bound (the ephemeral one when the settings said 0). */
    public int port() {
        return acceptor.port();
    }

    public SmscSimSettings settings() {
        return settings;
    }

    /** The default short code MO go to. */
    public String shortCode() {
        return settings.shortCode();
    }

    /** Runs {@code listener} on every message a handset sends or receives (for load drivers; keep it short). */
    public void onMessage(Consumer<HandsetMessage> listener) {
        conversations.onMessage(listener);
    }

    /** Faults to inject into the handling of submit_sm (latency, throttling, refusals). */
    public SubmitFaults submitFaults() {
        return submitFaults;
    }

    /** MO from {@code fromMsisdn} to the default short code. */
    public MoResult deliverMo(String fromMsisdn, String text) {
        return deliverMo(fromMsisdn, settings.shortCode(), text);
    }

    /**
     * A handset texts a short code: the MO goes to a bound receiver or transceiver as deliver_sm (GSM-7
     * when every character fits the GSM alphabet, else UCS-2; several deliver_sm with a concatenation
     * header when longer than one SMS). Returns at once; delivery runs on the simulator's threads.
     *
     * @param fromMsisdn the handset in any common form (+84912345678, 0912345678, 84912345678)
     * @throws IllegalArgumentException when the number is not a phone number, the short code is blank,
     *                                  the text is empty or needs more than 255 SMS
     * @throws IllegalStateException    after {@link #close()}
     */
    public MoResult deliverMo(String fromMsisdn, String toShortCode, String text) {
        return deliverMo(fromMsisdn, toShortCode, text, MoSplit.UDH8);
    }

    /** {@link #deliverMo(String, String, String)}, a long text sent split as {@code split} says. */
    public MoResult deliverMo(String fromMsisdn, String toShortCode, String text, MoSplit split) {
        if (closed) {
            throw new IllegalStateException("the SMSC simulator is closed");
        }
        String from = normalize(fromMsisdn)
                .orElseThrow(() -> new IllegalArgumentException("not a phone number: " + fromMsisdn));
        if (toShortCode == null || toShortCode.isBlank()) {
            throw new IllegalArgumentException("no short code");
        }
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty text");
        }
        String to = toShortCode.strip();
        EncodedSms sms = SimTextCodec.encode(text, reference.getAndIncrement(), split);
        boolean esmeBound = sessions.hasReceiver();
        HandsetMessage mo = conversations.add(from, Direction.MO, to, text, sms.dataCoding() & 0xFF, sms.encoding(),
                sms.segments(), MessageStatus.QUEUED, List.of());
        CompletableFuture<MessageStatus> sent = new CompletableFuture<>();
        CompletableFuture<MessageStatus> logged = sent.thenApply(status -> {
            conversations.update(mo, status);
            return status;
        });
        ESMClass esmClass = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT,
                sms.udhi() ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT);
        sender.enqueue(new DeliverJob("MO " + mo.id() + " from " + PhoneNumbers.masked(from), SmppAddress.handset(from),
                SmppAddress.shortCode(to), esmClass, sms.dataCoding(), sms.parts(), List.of(), sms.partTlvs(), sent));
        log.info("MO from {} to {} ({}, {} SMS){}: {}", PhoneNumbers.maskedForLog(from), to, sms.encoding(), sms.segments(),
                esmeBound ? "" : " queued until an ESME binds", text);
        return new MoResult(mo, esmeBound, logged);
    }

    /**
     * The handset dials a USSD code ({@code *123#}): a new session (ending any it had), and a
     * deliver_sm with {@code ussd_service_op} PSSR indication and the session's {@code its_session_info}.
     */
    public MoResult dialUssd(String fromMsisdn, String code) {
        String from = normalize(fromMsisdn)
                .orElseThrow(() -> new IllegalArgumentException("not a phone number: " + fromMsisdn));
        return ussd(from, code, USSD_PSSR_INDICATION, ussd.open(from));
    }

    /** The handset answers the USSD screen it shows (a choice, a number, a code): USSR confirm. */
    public MoResult answerUssd(String fromMsisdn, String text) {
        String from = normalize(fromMsisdn)
                .orElseThrow(() -> new IllegalArgumentException("not a phone number: " + fromMsisdn));
        int session = ussd.of(from).orElseThrow(() -> new IllegalStateException("no USSD session open on " + from));
        return ussd(from, text, USSD_USSR_CONFIRM, session);
    }

    /** The handset cancels its USSD session (the network tells the ESME with a PSSR response). */
    public void cancelUssd(String fromMsisdn) {
        String from = normalize(fromMsisdn).orElseThrow();
        ussd.of(from).ifPresent(session -> {
            ussd.end(from);
            ussd(from, "", USSD_PSSR_RESPONSE, session);
        });
    }

    /** Whether the handset has a USSD session open. */
    public boolean ussdOpen(String msisdn) {
        return normalize(msisdn).flatMap(ussd::of).isPresent();
    }

    private MoResult ussd(String from, String text, int operation, int session) {
        if (closed) {
            throw new IllegalStateException("the SMSC simulator is closed");
        }
        EncodedSms sms = SimTextCodec.encode(text.isEmpty() ? " " : text, reference.getAndIncrement(), MoSplit.UDH8);
        UssdLeg leg = new UssdLeg(operation, session);
        boolean esmeBound = sessions.hasReceiver();
        HandsetMessage mo = conversations.add(from, Direction.MO, settings.shortCode(), text, sms.dataCoding() & 0xFF,
                sms.encoding(), 1, MessageStatus.QUEUED, List.of(), Optional.of(leg));
        CompletableFuture<MessageStatus> sent = new CompletableFuture<>();
        CompletableFuture<MessageStatus> logged = sent.thenApply(status -> {
            conversations.update(mo, status);
            return status;
        });
        sender.enqueue(new DeliverJob("USSD " + mo.id() + " from " + PhoneNumbers.masked(from),
                SmppAddress.handset(from), SmppAddress.shortCode(settings.shortCode()), new ESMClass(),
                sms.dataCoding(), List.of(sms.parts().get(0)), List.of(new OptionalParameter.Ussd_service_op(
                        (byte) operation), new OptionalParameter.Short(OptionalParameter.Tag.ITS_SESSION_INFO,
                        (short) session)), sent));
        log.info("USSD from {} (op {}, session {}): {}", PhoneNumbers.maskedForLog(from), operation, session, text);
        return new MoResult(mo, esmeBound, logged);
    }

    /** The conversation of a handset (any common form of its number), oldest first. */
    public List<HandsetMessage> conversation(String msisdn) {
        return normalize(msisdn).map(conversations::of).orElse(List.of());
    }

    /**
     * Waits for a message in a handset's conversation that matches, e.g. the gateway's reply:
     * {@code awaitMessage("+84912345678", m -> m.isMt() && m.text().contains("12"), Duration.ofSeconds(5))}.
     * Messages already logged count.
     */
    public Optional<HandsetMessage> awaitMessage(String msisdn, Predicate<HandsetMessage> match, Duration timeout)
            throws InterruptedException {
        Optional<String> number = normalize(msisdn);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return conversations.await(number.get(), match, timeout);
    }

    /** How many ESME sessions are bound now. */
    public int boundSessions() {
        return sessions.count();
    }

    /** Whether a receiver or transceiver is bound, so an MO goes at once. */
    public boolean esmeBound() {
        return sessions.hasReceiver();
    }

    /** Waits until an ESME is bound; false when {@code timeout} passed first. */
    public boolean awaitBound(Duration timeout) throws InterruptedException {
        return sessions.awaitBound(timeout);
    }

    /** MO waiting to be sent (no ESME bound, or being retried). */
    public int pendingDeliveries() {
        return sender.pending();
    }

    /**
     * Cuts every ESME connection without unbind, like a broken link; the simulator keeps listening
     * and queued MO wait for the next bind. Returns how many connections were cut.
     */
    public int dropConnections() {
        int dropped = acceptor.dropAll();
        log.info("dropped {} ESME connection(s)", dropped);
        return dropped;
    }

    /**
     * Cuts the ESME connections at random, about every {@code mean} ({@link Duration#ZERO} stops),
     * as {@link #dropConnections()} does; to see the gateway ride out a flaky link.
     */
    public void disconnectRandomly(Duration mean) {
        log.info(mean.isZero() ? "no more random disconnects" : "cutting ESME connections about every {} ms",
                mean.toMillis());
        disconnects.every(mean);
    }

    /** Random cuts so far that dropped at least one connection. */
    public int randomDisconnects() {
        return disconnects.cuts();
    }

    /** Stops delivering, unbinds and closes every ESME session, stops listening. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        disconnects.close();
        sender.close();
        acceptor.close();
        log.info("SMSC simulator on port {} closed", port());
    }

    private static Optional<String> normalize(String msisdn) {
        return HandsetNumbers.normalize(msisdn);
    }
}
