package org.hoctap.gateway.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestCodeTest {
    private static final List<Integer> CATALOGUE = List.of(11, 12, 13, 14, 15, 16, 17, 21, 22, 23, 31, 32);

    @Test
    void theSameFirstDigitFirstThenTheNearest() {
        assertEquals(List.of(17, 16), ClosestCode.to(19, CATALOGUE, 2), "19 was meant as a 1x, not 21");
        assertEquals(List.of(23, 22), ClosestCode.to(29, CATALOGUE, 2));
        assertEquals(List.of(21, 22), ClosestCode.to(20, CATALOGUE, 2));
        assertEquals(List.of(32, 31), ClosestCode.to(99, CATALOGUE, 2));
        assertEquals(List.of(11, 12), ClosestCode.to(0, CATALOGUE, 2));
        assertEquals(List.of(12), ClosestCode.to(18, List.of(12, 31), 2).subList(0, 1));
    }

    @Test
    void emptyCatalogue() {
        assertEquals(List.of(), ClosestCode.to(12, List.of(), 2));
    }
}
