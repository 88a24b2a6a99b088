package org.hoctap.gateway.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.hoctap.gateway.smpp.Backoff;
import org.hoctap.gateway.smpp.SmppLink;
import org.hoctap.gateway.smpp.SubmitFailure;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.text.SmsText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands queued MTs to the SMSC, oldest first, at the operator's rate with a window of submits in
 * flight. One thread reads the queue in batches and records outcomes in batches (one transaction
 * each); the submits themselves run on virtual threads, at most {@link OutboxSettings#window()} at once.
 *
 * <p>Nothing acknowledged is submitted twice: a message is marked in flight (durably) before its
 * submit_sm and SENT, with its parts' SMSC ids, once the responses came; only a crash between the
 * two leaves it in flight, and the next start sends it again and counts it ({@code crash_resends}).
 * ESME_RTHROTTLED and ESME_RMSGQFUL halve the rate and put the message back without counting an
 * attempt; permanent refusals fail it at once with the reason; other failures and timeouts are
 * retried as the {@link RetryPolicy} says. A message not sent within its validity period is given up.
 */
public final class OutboxSender implements AutoCloseable {
    static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration MIN_WAIT = Duration.ofMillis(100);
    private static final Duration BACK_PRESSURE_PAUSE = Duration.ofSeconds(1);
    private static final Duration EXPIRY_CHECK = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Database db;
    private final Outbox outbox;
    private final SmppLink link;
    private final Clock clock;
    private final OutboxSettings settings;
    private final SendRate rate;
    private final Semaphore window;
    private final ExecutorService submitters = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("outbox-submit-", 0).factory());
    private final LinkedBlockingQueue<SubmitOutcome> outcomes = new LinkedBlockingQueue<>();
    /** When messages put back will be due (their not_before), so the sender wakes for them. */
    private final Map<String, Instant> retryAt = new ConcurrentHashMap<>();
    private final AtomicLong crashResends = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock recording = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private Instant nextExpiry = Instant.MIN;
    private boolean pending;
    private volatile boolean running;
    private Thread thread;
    private Thread recorder;

    public OutboxSender(Database db, Outbox outbox, SmppLink link, Clock clock) {
        this(db, outbox, link, clock, OutboxSettings.DEFAULTS);
    }

    public OutboxSender(Database db, Outbox outbox, SmppLink link, Clock clock, RetryPolicy retry) {
        this(db, outbox, link, clock, OutboxSettings.DEFAULTS.withRetry(retry));
    }

    public OutboxSender(Database db, Outbox outbox, SmppLink link, Clock clock, OutboxSettings settings) {
        this.db = db;
        this.outbox = outbox;
        this.link = link;
        this.clock = clock;
        this.settings = settings;
        this.rate = new SendRate(settings.tps());
        this.window = new Semaphore(settings.window());
    }

    /** Puts back what an earlier run left in flight (counting it), then starts sending. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        int resent = db.write(OutboundMessages::recoverInFlight);
        if (resent > 0) {
            crashResends.addAndGet(resent);
            log.warn("{} message(s) were being submitted when the gateway stopped; sending them again "
                    + "(the SMSC may have taken some already, so their recipients may get them twice)", resent);
        }
        running = true;
        outbox.onWake(this::wake);
        link.onBound(this::wake);
        thread = Thread.ofPlatform().name("outbox-sender").daemon(true).start(this::run);
        recorder = Thread.ofPlatform().name("outbox-recorder").daemon(true).start(this::recordWhileRunning);
    }

    /** Messages sent again because a stop fell between their submit_sm and its response (since start-up). */
    public long crashResends() {
        return crashResends.get();
    }

    /** Submits per second allowed now (lower than the operator's TPS after the SMSC throttled us). */
    public double currentRate() {
        return rate.current();
    }

    /** Makes the sender look at the queue now. */
    public void wake() {
        lock.lock();
        try {
            pending = true;
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops taking messages, waits for the submits in flight and records their outcome. */
    @Override
    public void close() {
        Thread t;
        Thread r;
        synchronized (this) {
            t = thread;
            r = recorder;
            running = false;
        }
        wake();
        try {
            if (t != null) {
                t.join(10_000);
            }
            submitters.shutdown();
            submitters.awaitTermination(10, TimeUnit.SECONDS);
            if (r != null) {
                r.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recordOutcomes();
    }

    /**
     * Records outcomes as they come, on its own thread, so that the time between an SMSC's answer and
     * its record (the crash window) is one group commit, even while the sender waits for the rate.
     */
    private void recordWhileRunning() {
        while (running || !submitters.isTerminated()) {
            try {
                SubmitOutcome first = outcomes.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                outcomes.add(first); // recordOutcomes drains it with whatever else came
                recordOutcomes();
                wake(); // retries may be due, the window has room
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("could not record what the SMSC answered; trying again", e);
            }
        }
    }

    private void run() {
        while (running) {
            boolean busy = false;
            try {
                busy = expireOld();
                busy |= submitDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                if (running) {
                    log.error("the outbox could not be read or updated", e);
                }
            }
            if (!busy) {
                await(link.isBound() ? nextWait() : POLL); // a bind, a queued message or an outcome wakes it
            }
        }
    }

    /** Claims what is due and starts its submits; true when it started any. */
    private boolean submitDue() throws InterruptedException {
        if (!link.isBound()) {
            return false;
        }
        Instant now = clock.instant();
        // Claim no more than can go out soon: what is claimed is in the crash window.
        int claim = Math.min(settings.batch(), settings.window());
        // Read beside the writer, the busiest part.
        List<OutboundMessage> due = db.read(c -> OutboundMessages.queued(c, claim, now));
        if (due.isEmpty()) {
            return false;
        }
        db.write(c -> {
            OutboundMessages.markInFlight(c, due.stream().map(OutboundMessage::id).toList(), now);
            return null;
        });
        for (OutboundMessage message : due) {
            if (!running || !link.isBound()) {
                outcomes.add(new SubmitOutcome.Failed(message, SubmitFailure.notBound()));
                continue;
            }
            rate.acquire(message.segments());
            window.acquire();
            submitters.execute(() -> submit(message));
        }
        return true;
    }

    private void submit(OutboundMessage message) {
        try {
            outcomes.add(new SubmitOutcome.Sent(message, link.submit(message.recipient(), SmsText.of(message.text()))));
        } catch (SubmitFailure failure) {
            outcomes.add(new SubmitOutcome.Failed(message, failure));
        } catch (IllegalArgumentException unsendable) {
            outcomes.add(new SubmitOutcome.Unsendable(message, unsendable.getMessage()));
        } catch (RuntimeException e) {
            outcomes.add(new SubmitOutcome.Failed(message, SubmitFailure.failed("submit failed: " + e, e)));
        } finally {
            window.release();
            wake();
        }
    }

    /** Writes the outcomes that came in, in one transaction; true when there were any. */
    private boolean recordOutcomes() {
        recording.lock();
        try {
            return recordWaitingOutcomes();
        } finally {
            recording.unlock();
        }
    }

    private boolean recordWaitingOutcomes() {
        List<SubmitOutcome> done = new ArrayList<>();
        outcomes.drainTo(done);
        if (done.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        List<String> logLines = new ArrayList<>();
        db.write(c -> {
            logLines.clear();
            for (SubmitOutcome outcome : done) {
                OutboundMessage m = outcome.message();
                switch (outcome) {
                    case SubmitOutcome.Sent sent -> OutboundMessages.markSent(c, m.id(), sent.smscMessageIds(), now);
                    case SubmitOutcome.Unsendable u -> {
                        OutboundMessages.markAttemptFailed(c, m.id(), u.reason(), Optional.empty());
                        logLines.add("cannot send " + m.id() + ": " + u.reason());
                    }
                    case SubmitOutcome.Failed f -> recordFailure(c, m, f.failure(), logLines);
                }
            }
            return null;
        });
        for (SubmitOutcome outcome : done) {
            if (outcome instanceof SubmitOutcome.Sent sent) {
                retryAt.remove(sent.message().id());
                log.info("sent {} ({}, {} part(s)) to {}: SMSC id {}", sent.message().id(), sent.message().encoding(),
                        sent.message().segments(), PhoneNumbers.maskedForLog(sent.message().recipient()),
                        String.join(",", sent.smscMessageIds()));
            }
        }
        logLines.forEach(log::warn);
        return true;
    }

    private void recordFailure(Connection c, OutboundMessage m, SubmitFailure failure, List<String> logLines)
            throws SQLException {
        String to = PhoneNumbers.masked(m.recipient());
        if (failure.isLinkDown()) {
            OutboundMessages.release(c, m.id(), failure.getMessage(), Optional.empty());
            return;
        }
        int status = failure.commandStatus().orElse(-1);
        if (CommandStatuses.isBackPressure(status)) {
            rate.slowDown();
            Instant again = clock.instant().plus(BACK_PRESSURE_PAUSE);
            OutboundMessages.release(c, m.id(), failure.getMessage(), Optional.of(again));
            retryAt.put(m.id(), again);
            logLines.add(String.format("the SMSC asked us to slow down (0x%02X); %s to %s goes again, at %.0f/s",
                    status, m.id(), to, rate.current()));
            return;
        }
        int attempts = m.attempts() + 1;
        if (CommandStatuses.isPermanent(status) || attempts >= settings.retry().maxAttempts()) {
            OutboundMessages.markAttemptFailed(c, m.id(), failure.getMessage(), Optional.empty());
            retryAt.remove(m.id());
            logLines.add("gave up on " + m.id() + " to " + to + " after " + attempts + " attempt(s): "
                    + failure.getMessage());
        } else {
            Duration wait = Backoff.delay(attempts - 1, settings.retry().first(), settings.retry().longest(),
                    ThreadLocalRandom.current());
            Instant again = clock.instant().plus(wait);
            OutboundMessages.markAttemptFailed(c, m.id(), failure.getMessage(), Optional.of(again));
            retryAt.put(m.id(), again);
            logLines.add("attempt " + attempts + " of " + m.id() + " to " + to + " failed (" + failure.getMessage()
                    + "); next in " + wait.toMillis() + " ms");
        }
    }

    private boolean expireOld() {
        Instant now = clock.instant();
        if (now.isBefore(nextExpiry)) {
            return false;
        }
        nextExpiry = now.plus(EXPIRY_CHECK);
        int expired = db.write(c -> OutboundMessages.expire(c, clock.instant().minus(settings.validity())));
        if (expired > 0) {
            log.warn("{} message(s) could not be sent within {} and were given up", expired, settings.validity());
        }
        return false;
    }

    private Duration nextWait() {
        Instant now = clock.instant();
        Duration wait = POLL;
        for (Instant due : retryAt.values()) {
            Duration until = Duration.between(now, due);
            if (until.compareTo(wait) < 0) {
                wait = until.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : until;
            }
        }
        return wait;
    }

    private void await(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            long left;
            while (running && !pending && (left = deadline - System.nanoTime()) > 0) {
                wakeUp.awaitNanos(left);
            }
            pending = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }
}
