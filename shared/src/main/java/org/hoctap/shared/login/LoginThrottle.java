package org.hoctap.shared.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Locks out a login name, and the address it came from, after repeated wrong passwords or PINs:
 * {@value #MAX_FAILURES} failed attempts within {@link #WINDOW} lock it until the oldest of them is that old.
 * Every attempt counts as failed from the start ({@link #attempt}) until {@link #succeeded} takes it back.
 * Kept in memory: a restart of the kiosk (which takes the installer) lifts a lock.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Keys remembered at most, so that a flood of made-up names cannot fill the memory. */
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code keys} (a name, an address) stay locked, the longest of them; empty when none is. */
    public synchronized Optional<Duration> lockedFor(String... keys) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Deque<Instant> times = recent(key, now);
            if (times != null && times.size() >= MAX_FAILURES) {
                Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
    }

    /**
     * Counts an attempt against each of {@code keys} before its secret is checked, so that attempts sent in
     * parallel (each waiting for the slow hash) cannot get past the limit; the attempt is refused instead
     * when a key is locked already.
     *
     * @return how long the attempt is locked out; empty when it may go on
     */
    public synchronized Optional<Duration> attempt(String... keys) {
        Optional<Duration> locked = lockedFor(keys);
        if (locked.isEmpty()) {
            count(keys);
        }
        return locked;
    }

    /**
     * The attempt was right: its name's count is cleared, and the attempt no longer counts against its
     * address (whose earlier failures stay: one right password is no alibi).
     */
    public synchronized void succeeded(String nameKey, String addressKey) {
        failures.remove(nameKey);
        Deque<Instant> times = failures.get(addressKey);
        if (times != null) {
            times.pollLast();
            if (times.isEmpty()) {
                failures.remove(addressKey);
            }
        }
    }

    /** Whole minutes, rounded up, for telling a person how long to wait. */
    public static long minutes(Duration locked) {
        return Math.max(1, (locked.toSeconds() + 59) / 60);
    }

    private void count(String... keys) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            forgetOld(now);
        }
        for (String key : keys) {
            if (failures.size() < MAX_KEYS || failures.containsKey(key)) {
                failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
            }
        }
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return null;
        }
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key);
            return null;
        }
        return times;
    }

    private void forgetOld(Instant now) {
        Iterator<String> keys = failures.keySet().iterator();
        while (keys.hasNext()) {
            Deque<Instant> times = failures.get(keys.next());
            if (times.isEmpty() || !times.peekLast().plus(WINDOW).isAfter(now)) {
                keys.remove();
            }
        }
    }
}
