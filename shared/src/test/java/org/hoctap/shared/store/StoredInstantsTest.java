package org.hoctap.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredInstantsTest {
    @Test
    void readsWhatJdbcWritesExactlyAsTheGeneralParserDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            String stored = (String) Jdbc.toSql(instant);
            assertEquals(instant, StoredInstants.parse(stored), stored);
        }
    }

    @Test
    void otherFormsGoToTheGeneralParser() {
        assertEquals(Instant.parse("2026-11-22T05:00:00Z"), StoredInstants.parse("2026-11-22T05:00:00Z"));
        assertEquals(Instant.parse("2026-11-22T05:00:00.5Z"), StoredInstants.parse("2026-11-22T05:00:00.5Z"));
        assertThrows(DateTimeParseException.class, () -> StoredInstants.parse("2026-13-22T05:00:00.000000000Z"));
        assertThrows(DateTimeParseException.class, () -> StoredInstants.parse("2026-11-22T05:00:0x.000000000Z"));
        assertThrows(DateTimeParseException.class, () -> StoredInstants.parse("2026-11-31T05:00:00.000000000Z"));
    }
}
