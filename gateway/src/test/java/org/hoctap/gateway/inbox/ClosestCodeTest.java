package org.hoctap.gateway.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClosestCodeTest {
    private static final List<Integer> CATALOGUE = List.of(11, 12, 13, 14, 15, 16, 17, 21, 22, 23, 31, 32);

    @Test
    void nearestByValue() {
        assertEquals(OptionalInt.of(17), ClosestCode.to(19, CATALOGUE)); // 17 is 2 away, 21 is 2 away: the smaller
        assertEquals(OptionalInt.of(21), ClosestCode.to(20, CATALOGUE));
        assertEquals(OptionalInt.of(32), ClosestCode.to(99, CATALOGUE));
        assertEquals(OptionalInt.of(11), ClosestCode.to(0, CATALOGUE));
        assertEquals(OptionalInt.of(32), ClosestCode.to(123, CATALOGUE));
    }

    @Test
    void emptyCatalogue() {
        assertTrue(ClosestCode.to(12, List.of()).isEmpty());
    }
}
