package org.hoctap.gateway.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"+84912345678", "0912345678", "84912345678", "123456"})
    void handsetsAreAnswered(String sender) {
        assertTrue(ReplyGuard.mayReply(sender, "8055"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VIETTEL", "Mobifone", "8055", "+8055", "12345", "", "+", "+84 912 345 678", "0912-345-678",
        "1234567890123456"})
    void othersAreNot(String sender) {
        assertFalse(ReplyGuard.mayReply(sender, "8055"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"805512", "+805512"})
    void neverOurOwnNumber(String sender) {
        assertFalse(ReplyGuard.mayReply(sender, "805512"));
    }
}
