package org.hoctap.gateway.smscsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandsetNumbersTest {

    @Test
    void commonFormsBecomeE164() {
        for (String input : new String[] {"+84912345678", "0912345678", "84912345678", "+84 912-345-678",
                "0084912345678", " 0912.345.678 "}) {
            assertEquals(Optional.of("+84912345678"), HandsetNumbers.normalize(input), input);
        }
    }

    @Test
    void nonNumbersAreRefused() {
        for (String input : new String[] {"", "abc", "+", "12", "0", "+0912345678", null}) {
            assertEquals(Optional.empty(), HandsetNumbers.normalize(input), String.valueOf(input));
        }
    }

    @Test
    void smppAddressesUseTheirTypeOfNumber() {
        assertEquals("+84912345678", HandsetNumbers.fromSmpp("84912345678", (byte) 1));
        assertEquals("+84912345678", HandsetNumbers.fromSmpp("0912345678", (byte) 0));
        assertEquals("8055", HandsetNumbers.fromSmpp("8055", (byte) 0));
    }
}
