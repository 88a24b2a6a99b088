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
 * {@value #MAX_FAILURES} failures within {@link #WINDOW} lock it until the oldest of them is that old.
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

    /** Counts a failed login against each of {@code keys}. */
    public synchronized void failed(String... keys) {
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

    /** A successful login clears its name's count (not its address's: one right password is no alibi). */
    public synchronized void succeeded(String key) {
        failures.remove(key);
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
