package org.hoctap.gateway.smscsim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.Session;

/**
 * The ESME sessions bound to the simulator. A session counts for deliveries once it has been bound
 * for {@code settleTime}: the ESME's side of jSMPP marks itself bound only after it has read the
 * bind_resp, and a deliver_sm that overtakes that moment is refused.
 */
final class EsmeSessions {
    private record Bound(SMPPServerSession session, long boundAtNanos) {
    }

    private final long settleNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Bound> sessions = new ArrayList<>();
    private int next;

    EsmeSessions(Duration settleTime) {
        this.settleNanos = settleTime.toNanos();
    }

    void add(SMPPServerSession session) {
        lock.lock();
        try {
            sessions.add(new Bound(session, System.nanoTime()));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets a session that is no longer bound. */
    void remove(Session session) {
        lock.lock();
        try {
            if (sessions.removeIf(b -> b.session() == session)) {
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    int count() {
        lock.lock();
        try {
            return (int) sessions.stream().filter(b -> b.session().getSessionState().isBound()).count();
        } finally {
            lock.unlock();
        }
    }

    boolean hasReceiver() {
        lock.lock();
        try {
            return sessions.stream().anyMatch(b -> b.session().getSessionState().isReceivable());
        } finally {
            lock.unlock();
        }
    }

    /** Waits until some session is bound; false when {@code timeout} passed first. */
    boolean awaitBound(Duration timeout) throws InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (sessions.stream().noneMatch(b -> b.session().getSessionState().isBound())) {
                if (left <= 0) {
                    return false;
                }
                left = changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A settled receiver or transceiver, taken in turn; waits for one while {@code running}.
     * Empty once {@code running} turns false.
     */
    Optional<SMPPServerSession> awaitReceiver(BooleanSupplier running) throws InterruptedException {
        lock.lock();
        try {
            while (running.getAsBoolean()) {
                long now = System.nanoTime();
                long wait = TimeUnit.SECONDS.toNanos(1);
                List<SMPPServerSession> ready = new ArrayList<>();
                for (Bound b : sessions) {
                    if (!b.session().getSessionState().isReceivable()) {
                        continue;
                    }
                    long settledIn = b.boundAtNanos() + settleNanos - now;
                    if (settledIn <= 0) {
                        ready.add(b.session());
                    } else {
                        wait = Math.min(wait, settledIn);
                    }
                }
                if (!ready.isEmpty()) {
                    next = (next + 1) % ready.size();
                    return Optional.of(ready.get(next));
                }
                changed.awaitNanos(wait);
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes the waiters, e.g. when the simulator closes. */
    void wakeUp() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Removes and returns every session. */
    List<SMPPServerSession> drain() {
        lock.lock();
        try {
            List<SMPPServerSession> all = sessions.stream().map(Bound::session).toList();
            sessions.clear();
            changed.signalAll();
            return all;
        } finally {
            lock.unlock();
        }
    }
}
