package org.hoctap.shared.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Globally unique, time-ordered ids (UUID version 7, RFC 9562) for records made on any device,
 * so records from many kiosks merge without conflict and sort by creation time.
 */
public final class Ids {
    private static final Ids DEFAULT = new Ids(Clock.systemUTC());

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ReentrantLock lock = new ReentrantLock();
    private long lastMillis = -1;
    private long sequence;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** A new id as the canonical 36-character text, the form stored in the database. */
    public static String newId() {
        return DEFAULT.next().toString();
    }

    /**
     * The next id. Within one millisecond the 12-bit counter after the timestamp increases (method 1
     * of RFC 9562 §6.2), so ids from one generator are strictly increasing.
     */
    public UUID next() {
        long millis;
        long counter;
        lock.lock();
        try {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                sequence++;
                if (sequence > 0xFFF) {
                    millis++;
                    sequence = random.nextInt(0x800);
                }
            } else {
                sequence = random.nextInt(0x800);
            }
            lastMillis = millis;
            counter = sequence;
        } finally {
            lock.unlock();
        }
        long most = (millis << 16) | 0x7000L | counter;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
