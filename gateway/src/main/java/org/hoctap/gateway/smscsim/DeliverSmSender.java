package org.hoctap.gateway.smscsim;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued {@link DeliverJob}s to a bound receiver or transceiver on its own threads, like an
 * SMSC's store and forward: a job waits while no ESME is bound; a refused or unanswered part is sent
 * again after the retry delay (the ESME must cope with a repeat), up to the attempt limit.
 */
final class DeliverSmSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliverSmSender.class);

    private final EsmeSessions sessions;
    private final SmscSimSettings settings;
    private final LinkedBlockingQueue<DeliverJob> queue = new LinkedBlockingQueue<>();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile boolean running = true;

    DeliverSmSender(EsmeSessions sessions, SmscSimSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    void start() {
        for (int i = 0; i < settings.deliveryThreads(); i++) {
            threads.add(Thread.ofPlatform().name("smsc-sim-deliver-" + i).daemon(true).start(this::run));
        }
    }

    void enqueue(DeliverJob job) {
        if (!running) {
            job.done().complete(MessageStatus.FAILED);
            return;
        }
        outstanding.incrementAndGet();
        job.done().whenComplete((status, failure) -> outstanding.decrementAndGet());
        queue.add(job);
    }

    /** Jobs queued or being sent (waiting for a bind or for a retry included). */
    int pending() {
        return outstanding.get();
    }

    @Override
    public void close() {
        running = false;
        stopping.countDown();
        sessions.wakeUp();
        for (Thread t : threads) {
            t.interrupt();
            try {
                t.join(settings.deliverTimeout().toMillis() + 1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<DeliverJob> left = new ArrayList<>();
        queue.drainTo(left);
        if (!left.isEmpty()) {
            log.info("SMSC simulator closing with {} undelivered message(s)", left.size());
        }
        left.forEach(job -> job.done().complete(MessageStatus.FAILED));
    }

    private void run() {
        while (running) {
            try {
                DeliverJob job = queue.poll(1, TimeUnit.SECONDS);
                if (job != null) {
                    deliver(job);
                }
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException e) {
                log.error("SMSC simulator delivery failed", e);
            }
        }
    }

    private void deliver(DeliverJob job) throws InterruptedException {
        int part = 0;
        int attempts = 0;
        try {
            while (running) {
                Optional<SMPPServerSession> session = sessions.awaitReceiver(() -> running);
                if (session.isEmpty()) {
                    break;
                }
                try {
                    for (; part < job.parts().size(); part++) {
                        send(session.get(), job, part);
                    }
                    log.debug("delivered {} ({} part(s)) on session {}", job.what(), job.parts().size(),
                            session.get().getSessionId());
                    job.done().complete(MessageStatus.DELIVERED);
                    return;
                } catch (NegativeResponseException e) {
                    log.info("ESME refused {} part {} with status 0x{}", job.what(), part + 1,
                            Integer.toHexString(e.getCommandStatus()));
                } catch (ResponseTimeoutException e) {
                    log.info("no deliver_sm_resp for {} part {} within {} ms", job.what(), part + 1,
                            settings.deliverTimeout().toMillis());
                } catch (IOException | PDUException | InvalidResponseException e) {
                    log.info("cannot deliver {} part {}: {}", job.what(), part + 1, e.getMessage());
                }
                if (++attempts >= settings.maxAttempts()) {
                    log.warn("giving up on {} after {} attempts", job.what(), attempts);
                    break;
                }
                pause(settings.retryDelay());
            }
        } finally {
            job.done().complete(MessageStatus.FAILED); // no effect when already delivered
        }
    }

    private void send(SMPPServerSession session, DeliverJob job, int part) throws PDUException,
            ResponseTimeoutException, InvalidResponseException, NegativeResponseException, IOException {
        SmppAddress from = job.source();
        SmppAddress to = job.destination();
        session.deliverShortMessage("", from.ton(), from.npi(), from.address(), to.ton(), to.npi(), to.address(),
                job.esmClass(), (byte) 0, (byte) 0, new RegisteredDelivery(),
                DataCodings.newInstance(job.dataCoding()), job.parts().get(part), job.tlvsOf(part));
    }

    private void pause(Duration delay) throws InterruptedException {
        stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
