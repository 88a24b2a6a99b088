package org.hoctap.gateway.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
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
 * The one thread that hands queued MTs to the SMSC, oldest first. It wakes when something is queued,
 * when the link binds, and every {@link #POLL} anyway. A message the SMSC took is marked SENT with its
 * id; a refused or unanswered one counts an attempt and waits as its {@link RetryPolicy} says (by
 * default 2 s doubling to 5 min, with jitter, FAILED after 5 attempts). A text that cannot be sent at
 * all (it does not fit its encoding) is FAILED at once. While the link is down nothing is tried and no
 * attempt is counted.
 *
 * <p>For now: one message at a time, no window and no TPS throttle (the transport issue adds them);
 * the retry times live in memory, so after a restart every queued message is due at once.
 */
public final class OutboxSender implements AutoCloseable {
    static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration MIN_WAIT = Duration.ofMillis(100);
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Database db;
    private final Outbox outbox;
    private final SmppLink link;
    private final Clock clock;
    private final RetryPolicy retry;
    private final Map<String, Instant> retryAt = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private boolean pending;
    private volatile boolean running;
    private Thread thread;

    public OutboxSender(Database db, Outbox outbox, SmppLink link, Clock clock) {
        this(db, outbox, link, clock, RetryPolicy.DEFAULT);
    }

    public OutboxSender(Database db, Outbox outbox, SmppLink link, Clock clock, RetryPolicy retry) {
        this.db = db;
        this.outbox = outbox;
        this.link = link;
        this.clock = clock;
        this.retry = retry;
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        running = true;
        outbox.onWake(this::wake);
        link.onBound(this::wake);
        thread = Thread.ofPlatform().name("outbox-sender").daemon(true).start(this::run);
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

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = thread;
            running = false;
        }
        wake();
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            boolean sentSome = false;
            try {
                sentSome = sendDue();
            } catch (RuntimeException e) {
                if (running) {
                    log.error("the outbox could not be read or updated", e);
                }
            }
            if (!sentSome) {
                await(link.isBound() ? nextWait() : POLL); // a bind wakes it too
            }
        }
    }

    /** Sends what is due; true when at least one message was taken by the SMSC. */
    private boolean sendDue() {
        if (!link.isBound()) {
            return false;
        }
        List<OutboundMessage> queued = db.read(c -> OutboundMessages.queued(c, BATCH));
        boolean sentSome = false;
        for (OutboundMessage message : queued) {
            if (!running) {
                break;
            }
            Instant due = retryAt.get(message.id());
            if (due != null && clock.instant().isBefore(due)) {
                continue;
            }
            if (!send(message)) {
                break; // the link is down: wait for the next bind
            }
            sentSome = true;
        }
        return sentSome;
    }

    /** False only when the link was down (nothing was tried). */
    private boolean send(OutboundMessage message) {
        String to = PhoneNumbers.masked(message.recipient());
        try {
            String smscId = link.submit(message.recipient(), SmsText.of(message.text()));
            db.write(c -> {
                OutboundMessages.markSent(c, message.id(), smscId, clock.instant());
                return null;
            });
            retryAt.remove(message.id());
            log.info("sent {} ({}, {} segment(s)) to {}: SMSC id {}", message.id(), message.encoding(),
                    message.segments(), to, smscId);
            return true;
        } catch (SubmitFailure failure) {
            if (failure.isLinkDown()) {
                return false;
            }
            recordFailure(message, failure.getMessage(), false);
            return true;
        } catch (IllegalArgumentException unsendable) {
            recordFailure(message, unsendable.getMessage(), true);
            return true;
        }
    }

    private void recordFailure(OutboundMessage message, String error, boolean permanent) {
        int attempts = message.attempts() + 1;
        boolean giveUp = permanent || attempts >= retry.maxAttempts();
        db.write(c -> {
            OutboundMessages.markAttemptFailed(c, message.id(), error, giveUp);
            return null;
        });
        String to = PhoneNumbers.masked(message.recipient());
        if (giveUp) {
            retryAt.remove(message.id());
            log.error("gave up on {} to {} after {} attempt(s): {}", message.id(), to, attempts, error);
        } else {
            Duration wait = Backoff.delay(attempts - 1, retry.first(), retry.longest(), ThreadLocalRandom.current());
            retryAt.put(message.id(), clock.instant().plus(wait));
            log.warn("attempt {} of {} to {} failed ({}); next in {} ms", attempts, message.id(), to, error,
                    wait.toMillis());
        }
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
