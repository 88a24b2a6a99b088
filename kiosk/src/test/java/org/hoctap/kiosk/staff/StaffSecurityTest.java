package org.hoctap.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hoctap.kiosk.web.OwnScreen;
import org.junit.jupiter.api.Test;

/** The parts of the staff login that need no server: where a PIN is accepted, what a name may put in the log. */
class StaffSecurityTest {
    @Test
    void aPinIsTakenFromTheKiosksOwnScreenOnly() {
        assertTrue(OwnScreen.is("127.0.0.1"));
        assertTrue(OwnScreen.is("0:0:0:0:0:0:0:1"));
        assertFalse(OwnScreen.is("192.168.1.20"));
        assertFalse(OwnScreen.is("fe80:0:0:0:0:0:0:1"));
        assertFalse(OwnScreen.is("localhost"), "names are not looked up");
        assertFalse(OwnScreen.is((String) null));
    }

    @Test
    void namesInTheLogCannotForgeLines() {
        assertEquals("Lan_ admin logged in", StaffLogin.loggable("Lan\n admin logged in"));
        assertEquals("?", StaffLogin.loggable("  "));
        assertEquals(41, StaffLogin.loggable("x".repeat(100)).length());
    }
}
