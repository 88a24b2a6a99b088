package org.hoctap.hardware.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedCardReaderTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void aPresentedCardReachesTheListenerInUpperCase() {
        List<CardSeen> seen = new ArrayList<>();
        try (SimulatedCardReader reader = new SimulatedCardReader(clock)) {
            reader.start(seen::add);
            reader.present("04a1b2c3");
        }
        assertEquals(List.of(new CardSeen("04A1B2C3", clock.instant())), seen);
    }

    @Test
    void nothingIsReportedAfterClose() {
        List<CardSeen> seen = new ArrayList<>();
        SimulatedCardReader reader = new SimulatedCardReader(clock);
        reader.start(seen::add);
        reader.close();
        reader.present("04A1B2C3");
        assertTrue(seen.isEmpty());
    }

    @Test
    void aUidThatNoCardCouldHaveIsRefused() {
        SimulatedCardReader reader = new SimulatedCardReader(clock);
        assertThrows(IllegalArgumentException.class, () -> reader.present("12345"));
        assertThrows(IllegalArgumentException.class, () -> reader.present("04A1B2CZ"));
    }
}
