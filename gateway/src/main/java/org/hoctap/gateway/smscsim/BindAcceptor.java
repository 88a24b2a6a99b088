package org.hoctap.gateway.smscsim;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMPP listening side: accepts connections on its own thread, waits for each one's bind on a
 * worker, checks system_id and password (ESME_RINVSYSID, ESME_RINVPASWD when wrong), and hands bound
 * sessions (transmitter, receiver or transceiver) to {@link EsmeSessions}. jSMPP itself answers
 * enquire_link and unbind.
 */
final class BindAcceptor implements AutoCloseable {
    static final String SMSC_SYSTEM_ID = "hoctap-smsc-sim";
    private static final Logger log = LoggerFactory.getLogger(BindAcceptor.class);
    private static final long REJECTED_LINGER_MS = 1_000;

    private final SmscSimSettings settings;
    private final EsmeSessions bound;
    private final ListeningSocket socket;
    private final SMPPServerSessionListener listener;
    private final Set<Session> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService binders = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("smsc-sim-bind-", 0).daemon(true).factory());
    private volatile boolean running = true;
    private static final int PDU_THREADS = 16;
    private static final int PDU_QUEUE = 2_000;
    private Thread acceptThread;

    BindAcceptor(SmscSimSettings settings, EsmeSessions bound, SubmitReceiver receiver) throws IOException {
        this.settings = settings;
        this.bound = bound;
        this.socket = new ListeningSocket(settings.host());
        this.listener = new SMPPServerSessionListener(settings.port(), socket);
        // Like a real SMSC, handle many submit_sm of a window at once rather than three.
        this.listener.setPduProcessorDegree(PDU_THREADS);
        this.listener.setQueueCapacity(PDU_QUEUE);
        listener.setMessageReceiverListener(receiver);
        listener.setResponseDeliveryListener(receiver);
        listener.setSessionStateListener(this::onStateChange);
    }

    void start() {
        acceptThread = Thread.ofPlatform().name("smsc-sim-accept").daemon(true).start(this::acceptLoop);
    }

    int port() {
        return socket.localPort();
    }

    /** Closes every ESME connection at once, without unbind, as when the link drops; returns how many. */
    int dropAll() {
        List<Session> sessions = List.copyOf(open);
        sessions.forEach(Session::close);
        return sessions.size();
    }

    /** Stops listening and closes every session (bound ones are unbound first). */
    @Override
    public void close() {
        running = false;
        try {
            listener.close();
        } catch (IOException e) {
            log.debug("closing the SMPP listener", e);
        }
        if (acceptThread != null) {
            try {
                acceptThread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        binders.shutdownNow();
        for (SMPPServerSession session : bound.drain()) {
            if (session.getSessionState().isBound()) {
                log.info("unbinding ESME session {}", session.getSessionId());
                session.unbindAndClose();
            } else {
                session.close();
            }
        }
        open.forEach(Session::close);
        open.clear();
    }

    private void acceptLoop() {
        while (running) {
            try {
                SMPPServerSession session = listener.accept();
                open.add(session);
                log.debug("connection from {} (session {})", session.getInetAddress(), session.getSessionId());
                binders.execute(() -> awaitBind(session));
            } catch (IOException e) {
                if (!running || socket.isClosed()) {
                    break;
                }
                log.warn("accepting an SMPP connection failed: {}", e.getMessage());
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                log.error("SMSC simulator accept loop", e);
            }
        }
        log.debug("SMPP accept loop stopped");
    }

    private void awaitBind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(settings.bindTimeout().toMillis());
            int status = check(request);
            if (status != SMPPConstant.STAT_ESME_ROK) {
                log.info("refusing {} from system_id '{}' with status 0x{}", request.getBindType(),
                        request.getSystemId(), Integer.toHexString(status));
                rejectAndClose(session, request, status);
                return;
            }
            session.setTransactionTimer(settings.deliverTimeout().toMillis());
            request.accept(SMSC_SYSTEM_ID, InterfaceVersion.IF_34);
            bound.add(session);
            if (!session.getSessionState().isBound()) {
                bound.remove(session);
            }
            log.info("ESME '{}' bound as {} from {} (session {})", request.getSystemId(), request.getBindType(),
                    session.getInetAddress(), session.getSessionId());
        } catch (TimeoutException e) {
            log.info("no bind within {} ms; connection closed", settings.bindTimeout().toMillis());
        } catch (PDUStringException | IOException | IllegalStateException e) {
            log.warn("bind failed: {}", e.getMessage());
            session.close();
        }
    }

    private int check(BindRequest request) {
        if (!settings.systemId().equals(request.getSystemId())) {
            return SMPPConstant.STAT_ESME_RINVSYSID;
        }
        if (!settings.password().equals(request.getPassword())) {
            return SMPPConstant.STAT_ESME_RINVPASWD;
        }
        return SMPPConstant.STAT_ESME_ROK;
    }

    /** Sends the negative bind_resp, gives the ESME a moment to read it and hang up, then closes. */
    private void rejectAndClose(SMPPServerSession session, BindRequest request, int status) throws IOException {
        CountDownLatch closed = new CountDownLatch(1);
        session.addSessionStateListener((newState, oldState, source) -> {
            if (newState == SessionState.CLOSED) {
                closed.countDown();
            }
        });
        request.reject(status);
        try {
            closed.await(REJECTED_LINGER_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.close();
        }
    }

    private void onStateChange(SessionState newState, SessionState oldState, Session source) {
        if (!newState.isBound()) {
            bound.remove(source);
        }
        if (newState == SessionState.CLOSED) {
            open.remove(source);
            if (oldState.isBound()) {
                log.info("ESME session {} closed", source.getSessionId());
            }
        }
    }
}
