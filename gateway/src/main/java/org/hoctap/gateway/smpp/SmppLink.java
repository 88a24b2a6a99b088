package org.hoctap.gateway.smpp;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.text.SmsText;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.SubmitSmResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our bind to the SMSC (SMPP 3.4, jSMPP): one transceiver, or a transmitter and a receiver, kept up
 * by its own thread, which also checks it with enquire_link on a fixed schedule.
 *
 * <p>That thread alone opens and closes sessions: it binds a fresh {@link SMPPSession} (a closed one
 * cannot be reused) with the MO listener set before the bind, waits while the session stays bound,
 * and after a failure or a loss waits with exponential backoff and jitter ({@link SmppSettings#reconnectMin}
 * doubling to {@link SmppSettings#reconnectMax}) before binding again. jSMPP's state listener only
 * signals it: closing a session from that listener's thread can deadlock (jsmpp#193). {@link #close()}
 * asks the thread to unbind cleanly and waits for it.
 */
public final class SmppLink implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmppLink.class);
    private static final Duration LOSS_CHECK = Duration.ofSeconds(5);
    /**
     * jSMPP answers a deliver_sm only when our listener returns, after the group commit that stored
     * it: a session that receives has one thread per deliver_sm an SMSC may have outstanding (its
     * window, seldom above 100), or the commits hold no more than there are threads (16 made the
     * store's batches 16 and cut the bench's throughput by a quarter). jSMPP starts them all in time
     * (some 13 MB), so a transmitter, which gets only quick responses, keeps a few.
     */
    private static final int RECEIVING_PDU_THREADS = 128;
    private static final int TRANSMITTING_PDU_THREADS = 16;
    private static final int PDU_QUEUE = 2_000;

    private final SmppSettings settings;
    private final MessageReceiverListener receiver;
    private final Backoff backoff;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Runnable> boundListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicInteger reference = new AtomicInteger(ThreadLocalRandom.current().nextInt(256));
    private volatile SMPPSession bound;
    private volatile boolean running;
    private Thread thread;

    /** @param receiver gets every deliver_sm of every session; it must store before it returns */
    public SmppLink(SmppSettings settings, MessageReceiverListener receiver) {
        this.settings = settings;
        this.receiver = receiver;
        this.backoff = new Backoff(settings.reconnectMin(), settings.reconnectMax(), ThreadLocalRandom.current());
    }

    /** Starts binding in the background; returns at once. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        running = true;
        thread = Thread.ofPlatform().name("smpp-link").daemon(true).start(this::run);
    }

    /** Runs {@code listener} on the link's thread after every successful bind (keep it short). */
    public void onBound(Runnable listener) {
        boundListeners.add(listener);
    }

    public boolean isBound() {
        SMPPSession session = bound;
        return session != null && session.getSessionState().isBound();
    }

    /** Waits until bound; false when {@code timeout} passed first. */
    public boolean awaitBound(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!isBound()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends one MT (several submit_sm when it is longer than one segment) and returns the SMSC's
     * message id of each part, in order. Safe to call from several threads at once.
     *
     * @param recipient an E.164 number (or, unnormalised, sent as it is with TON unknown)
     */
    public List<String> submit(String recipient, SmsText text) throws SubmitFailure {
        SMPPSession session = bound;
        if (session == null || !session.getSessionState().isBound()) {
            throw SubmitFailure.notBound();
        }
        EncodedMessage message = MtEncoder.encode(text, reference.getAndIncrement(), settings.split());
        Addresses from = Addresses.ours(settings.shortCode());
        Addresses to = Addresses.handset(recipient);
        ESMClass esmClass = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT,
                message.udhi() ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT);
        List<String> ids = new ArrayList<>(message.parts().size());
        for (int i = 0; i < message.parts().size(); i++) {
            byte[] part = message.parts().get(i);
            try {
                SubmitSmResult result = session.submitShortMessage("", from.ton(), from.npi(), from.address(),
                        to.ton(), to.npi(), to.address(), esmClass, (byte) 0, (byte) 1, null, null,
                        new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                        DataCodings.newInstance(message.dataCoding()), (byte) 0, part,
                        message.partTlvs().get(i).toArray(OptionalParameter[]::new));
                ids.add(result.getMessageId());
            } catch (NegativeResponseException e) {
                throw SubmitFailure.rejected(e.getCommandStatus(), e);
            } catch (ResponseTimeoutException e) {
                throw SubmitFailure.failed("no submit_sm_resp within " + settings.transactionTimer().toMillis()
                        + " ms (the SMSC may have taken it)", e);
            } catch (PDUException | InvalidResponseException e) {
                throw SubmitFailure.failed("submit_sm failed: " + e.getMessage(), e);
            } catch (IOException e) {
                if (ids.isEmpty() && !session.getSessionState().isBound()) {
                    throw SubmitFailure.notBound();
                }
                throw SubmitFailure.failed("the link broke while sending: " + e.getMessage(), e);
            }
        }
        log.debug("submitted {} part(s) to {}: {}", ids.size(), PhoneNumbers.maskedForLog(recipient), ids);
        return List.copyOf(ids);
    }

    /**
     * Sends one USSD screen: a single submit_sm with {@code service_type} {@code serviceType},
     * {@code ussd_service_op} {@code operation} and, when the session has one, its
     * {@code its_session_info} echoed; GSM-7 (the screen fits one message). Returns the SMSC's id.
     */
    public String submitUssd(String recipient, SmsText screen, String serviceType, int operation,
            java.util.Optional<Integer> sessionInfo) throws SubmitFailure {
        SMPPSession session = bound;
        if (session == null || !session.getSessionState().isBound()) {
            throw SubmitFailure.notBound();
        }
        EncodedMessage message = MtEncoder.encode(screen, reference.getAndIncrement(), settings.split());
        if (message.parts().size() != 1) {
            throw new IllegalArgumentException("a USSD screen is one message, not " + message.parts().size());
        }
        Addresses from = Addresses.ours(settings.shortCode());
        Addresses to = Addresses.handset(recipient);
        List<OptionalParameter> tlvs = new ArrayList<>();
        tlvs.add(new OptionalParameter.Ussd_service_op((byte) operation));
        sessionInfo.ifPresent(info -> tlvs.add(new OptionalParameter.Short(OptionalParameter.Tag.ITS_SESSION_INFO,
                (short) info.intValue())));
        try {
            SubmitSmResult result = session.submitShortMessage(serviceType, from.ton(), from.npi(), from.address(),
                    to.ton(), to.npi(), to.address(), new ESMClass(), (byte) 0, (byte) 1, null, null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0,
                    DataCodings.newInstance(message.dataCoding()), (byte) 0, message.parts().get(0),
                    tlvs.toArray(OptionalParameter[]::new));
            return result.getMessageId();
        } catch (NegativeResponseException e) {
            throw SubmitFailure.rejected(e.getCommandStatus(), e);
        } catch (ResponseTimeoutException | PDUException | InvalidResponseException | IOException e) {
            throw SubmitFailure.failed("USSD submit_sm failed: " + e.getMessage(), e);
        }
    }

    /** Unbinds and stops the link's thread. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = thread;
            running = false;
        }
        signal();
        if (t == null) {
            return;
        }
        try {
            t.join(settings.bindTimeout().plus(settings.transactionTimer()).toMillis() + 1_000);
            if (t.isAlive()) {
                log.warn("the SMPP link thread did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            List<CheckedSession> sessions = new ArrayList<>(2);
            try {
                CheckedSession transmitter;
                if (settings.bindMode() == BindMode.TRANSCEIVER) {
                    transmitter = bind(BindType.BIND_TRX, sessions);
                } else {
                    transmitter = bind(BindType.BIND_TX, sessions);
                    bind(BindType.BIND_RX, sessions);
                }
                backoff.reset();
                setBound(transmitter);
                boundListeners.forEach(SmppLink::runQuietly);
                keepAlive(sessions);
            } catch (IOException e) {
                log.warn("cannot bind to the SMSC at {}:{}: {}", settings.host(), settings.port(), e.getMessage());
            } finally {
                setBound(null);
                sessions.forEach(this::release);
            }
            if (running) {
                reconnects.incrementAndGet();
                Duration wait = backoff.next();
                log.info("binding again in {} ms", wait.toMillis());
                sleep(wait);
            }
        }
        log.info("SMPP link stopped");
    }

    /** Binds a fresh session of {@code type}, adding it to {@code sessions} (closed by the caller, bound or not). */
    private CheckedSession bind(BindType type, List<CheckedSession> sessions) throws IOException {
        CheckedSession session = newSession(
                type == BindType.BIND_TX ? TRANSMITTING_PDU_THREADS : RECEIVING_PDU_THREADS);
        sessions.add(session);
        String smsc = session.connectAndBind(settings.host(), settings.port(), bindParameter(type),
                settings.bindTimeout().toMillis());
        log.info("bound to SMSC '{}' at {}:{} as '{}' ({})", smsc, settings.host(), settings.port(),
                settings.systemId(), type);
        return session;
    }

    /** How many times the link was lost or could not be bound since it started. */
    public long reconnects() {
        return reconnects.get();
    }

    private CheckedSession newSession(int pduThreads) {
        CheckedSession session = new CheckedSession();
        session.setMessageReceiverListener(receiver); // before binding, or the SMSC's deliver_sm are refused
        // Our own enquire_link (keepAlive) runs on a fixed schedule; jSMPP's, sent only when the socket is
        // idle, stays as a backstop at twice the interval.
        session.setEnquireLinkTimer((int) Math.min(Integer.MAX_VALUE, settings.enquireLink().toMillis() * 2));
        session.setTransactionTimer(settings.transactionTimer().toMillis());
        session.setPduProcessorDegree(pduThreads);
        // jSMPP answers ESME_RTHROTTLED itself when more PDUs wait than this: room for a large window of
        // deliver_sm and their receipts.
        session.setQueueCapacity(PDU_QUEUE);
        session.addSessionStateListener((newState, oldState, source) -> {
            if (!newState.isBound()) {
                signal(); // only a signal: never close a session from here (jsmpp#193)
            }
        });
        return session;
    }

    private BindParameter bindParameter(BindType type) {
        return new BindParameter(type, settings.systemId(), settings.password(), settings.systemType(),
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                settings.addressRange().isEmpty() ? null : settings.addressRange(), InterfaceVersion.IF_34);
    }

    /**
     * Sends enquire_link on every session every {@link SmppSettings#enquireLink()}, busy or idle, and
     * returns when a session is lost, when one leaves two enquire_link in a row unanswered (a link
     * that died without a word: NAT timeouts, a dead radio), or when the link is closing.
     */
    private void keepAlive(List<CheckedSession> sessions) {
        int[] misses = new int[sessions.size()];
        long interval = settings.enquireLink().toNanos();
        long next = System.nanoTime() + interval;
        while (running && sessions.stream().allMatch(s -> s.getSessionState().isBound())) {
            if (System.nanoTime() < next) {
                awaitChange(Math.min(next - System.nanoTime(), LOSS_CHECK.toNanos()));
                continue;
            }
            next = System.nanoTime() + interval;
            for (int i = 0; i < sessions.size(); i++) {
                try {
                    sessions.get(i).checkLink();
                    misses[i] = 0;
                } catch (ResponseTimeoutException | IOException | InvalidResponseException e) {
                    if (++misses[i] >= 2) {
                        log.warn("the SMSC at {}:{} left two enquire_link unanswered: the link is dead",
                                settings.host(), settings.port());
                        return;
                    }
                }
            }
        }
        if (running) {
            log.warn("lost the SMSC link at {}:{}", settings.host(), settings.port());
        }
    }

    private void awaitChange(long nanos) {
        lock.lock();
        try {
            changed.awaitNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void release(SMPPSession session) {
        SessionState state = session.getSessionState();
        if (state.isBound()) {
            log.info("unbinding from the SMSC at {}:{}", settings.host(), settings.port());
            session.unbindAndClose();
        } else {
            session.close();
        }
    }

    private void setBound(SMPPSession session) {
        lock.lock();
        try {
            bound = session;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void sleep(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            long left;
            while (running && (left = deadline - System.nanoTime()) > 0) {
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private static void runQuietly(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            log.warn("a bound listener failed", e);
        }
    }
}
