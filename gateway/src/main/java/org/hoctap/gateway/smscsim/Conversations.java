package org.hoctap.gateway.smscsim;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Every handset's SMS, MO and MT, oldest first. Thread-safe; keeps the last {@code perHandset}
 * messages of each number (none when 0: listeners still get every message) and the
 * {@code MAX_HANDSETS} most recently active numbers.
 */
final class Conversations {
    static final int MAX_HANDSETS = 10_000;

    private final List<Consumer<HandsetMessage>> listeners = new CopyOnWriteArrayList<>();
    private final int perHandset;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Deque<HandsetMessage>> byHandset = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<HandsetMessage>> eldest) {
            return size() > MAX_HANDSETS;
        }
    };
    private long lastId;

    Conversations(int perHandset, Clock clock) {
        this.perHandset = perHandset;
        this.clock = clock;
    }

    /** Runs {@code listener} on every message added, on the thread that adds it (keep it short). */
    void onMessage(Consumer<HandsetMessage> listener) {
        listeners.add(listener);
    }

    /** Logs a new message and returns it with its id and time. */
    HandsetMessage add(String msisdn, Direction direction, String peer, String text, int dataCoding,
            String encoding, int segments, MessageStatus status, List<String> messageIds) {
        return add(msisdn, direction, peer, text, dataCoding, encoding, segments, status, messageIds, Optional.empty());
    }

    HandsetMessage add(String msisdn, Direction direction, String peer, String text, int dataCoding,
            String encoding, int segments, MessageStatus status, List<String> messageIds, Optional<UssdLeg> ussd) {
        lock.lock();
        try {
            HandsetMessage message = new HandsetMessage(++lastId, msisdn, direction, peer, text, clock.instant(),
                    dataCoding, encoding, segments, status, messageIds, ussd);
            if (perHandset > 0) {
                Deque<HandsetMessage> log = byHandset.computeIfAbsent(msisdn, k -> new ArrayDeque<>());
                log.addLast(message);
                while (log.size() > perHandset) {
                    log.removeFirst();
                }
            }
            changed.signalAll();
            listeners.forEach(listener -> listener.accept(message));
            return message;
        } finally {
            lock.unlock();
        }
    }

    /** Changes the status of a logged message (if it is still kept). */
    void update(HandsetMessage message, MessageStatus status) {
        lock.lock();
        try {
            Deque<HandsetMessage> log = byHandset.get(message.msisdn());
            if (log == null) {
                return;
            }
            List<HandsetMessage> copy = new ArrayList<>(log);
            log.clear();
            for (HandsetMessage m : copy) {
                log.addLast(m.id() == message.id() ? m.withStatus(status) : m);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The conversation of {@code msisdn}, oldest first (empty when unknown). */
    List<HandsetMessage> of(String msisdn) {
        lock.lock();
        try {
            Deque<HandsetMessage> log = byHandset.get(msisdn);
            return log == null ? List.of() : List.copyOf(log);
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a message of {@code msisdn} that matches; empty when {@code timeout} passed first. */
    Optional<HandsetMessage> await(String msisdn, Predicate<HandsetMessage> match, Duration timeout)
            throws InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Deque<HandsetMessage> log = byHandset.get(msisdn);
                if (log != null) {
                    for (HandsetMessage m : log) {
                        if (match.test(m)) {
                            return Optional.of(m);
                        }
                    }
                }
                if (left <= 0) {
                    return Optional.empty();
                }
                left = changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }
}
