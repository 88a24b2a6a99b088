package org.hoctap.hardware.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hoctap.shared.testing.MovableClock;
import org.junit.jupiter.api.Test;

class DebouncedCardReaderTest {
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final SimulatedCardReader simulated = new SimulatedCardReader(clock);
    private final List<String> seen = new ArrayList<>();

    @Test
    void theSameCardWithinTheIntervalIsOneEvent() {
        new DebouncedCardReader(simulated, Duration.ofSeconds(2)).start(s -> seen.add(s.uid()));
        simulated.present("DEADBEEF");
        clock.advance(Duration.ofMillis(300));
        simulated.present("DEADBEEF");
        clock.advance(Duration.ofMillis(1_600)); // 1.9 s after the first, 1.6 s after the last
        simulated.present("DEADBEEF");
        assertEquals(List.of("DEADBEEF"), seen);
    }

    @Test
    void theSameCardAfterTheIntervalIsANewEvent() {
        new DebouncedCardReader(simulated, Duration.ofSeconds(2)).start(s -> seen.add(s.uid()));
        simulated.present("DEADBEEF");
        clock.advance(Duration.ofSeconds(2));
        simulated.present("DEADBEEF");
        assertEquals(List.of("DEADBEEF", "DEADBEEF"), seen);
    }

    @Test
    void anotherCardInBetweenIsSeenAndStartsAfresh() {
        new DebouncedCardReader(simulated, Duration.ofSeconds(2)).start(s -> seen.add(s.uid()));
        simulated.present("DEADBEEF");
        simulated.present("CAFEF00D");
        simulated.present("DEADBEEF");
        assertEquals(List.of("DEADBEEF", "CAFEF00D", "DEADBEEF"), seen);
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DebouncedCardReader(simulated, Duration.ofSeconds(-1)));
    }
}
