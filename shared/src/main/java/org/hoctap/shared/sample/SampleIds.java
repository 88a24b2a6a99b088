package org.hoctap.shared.sample;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Ids for sample rows: shaped like UUIDv7 (version and variant bits, a timestamp from a fixed day,
 * increasing) but drawn from a seeded random source, so one seed always gives the same ids.
 */
final class SampleIds {
    private static final long FIRST_MILLIS = Instant.parse("2025-09-01T00:00:00Z").toEpochMilli();

    private final SplittableRandom random;
    private long issued;

    SampleIds(SplittableRandom random) {
        this.random = random;
    }

    String next() {
        long millis = FIRST_MILLIS + issued++;
        long most = (millis << 16) | 0x7000L | random.nextInt(0x1000);
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least).toString();
    }
}
