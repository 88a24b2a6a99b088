package org.hoctap.gateway.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReceiptIdsTest {
    @Test
    void caseAndLeadingZerosDoNotMatter() {
        assertEquals("1a2b", ReceiptIds.normal(" 001A2B "));
        assertEquals("0", ReceiptIds.normal("0000"));
        assertTrue(ReceiptIds.same("0001A2B", "1a2b"));
    }

    @Test
    void hexadecimalAndDecimalFormsOfOneIdMatch() {
        assertTrue(ReceiptIds.same("1a2b", "6699"));
        assertTrue(ReceiptIds.same("6699", "00001A2B"));
        assertTrue(ReceiptIds.same("3b527b0f", "995261199"));
    }

    @Test
    void differentIdsDoNot() {
        assertFalse(ReceiptIds.same("1a2b", "1a2c"));
        assertFalse(ReceiptIds.same("msg-77", "msg-78"));
    }
}
