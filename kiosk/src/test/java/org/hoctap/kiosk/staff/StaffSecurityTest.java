package org.hoctap.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hoctap.kiosk.web.OwnScreen;
import org.hoctap.shared.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** The parts of the staff login that need no server: hashes, the lockout, where a PIN is accepted. */
class StaffSecurityTest {
    @Test
    void aHashIsArgon2idWithItsOwnSaltAndMatchesOnlyItsSecret() {
        String first = SecretHash.of("mật khẩu 1");
        String second = SecretHash.of("mật khẩu 1");
        assertTrue(first.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), first);
        assertNotEquals(first, second, "salted");
        assertTrue(SecretHash.matches("mật khẩu 1", first));
        assertTrue(SecretHash.matches("mật khẩu 1", second));
        assertFalse(SecretHash.matches("mật khẩu 2", first));
        assertFalse(SecretHash.matches("", first));
        assertFalse(SecretHash.matches(null, first));
        assertThrows(IllegalArgumentException.class, () -> SecretHash.matches("x", "plain text"));
    }

    @Test
    void fiveFailuresLockANameForFifteenMinutesFromTheFirst() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-22T01:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("name:lan", "address:10.0.0.5");
            clock.advance(Duration.ofMinutes(1));
        }
        assertTrue(throttle.lockedFor("name:lan").isEmpty(), "four are not enough");
        throttle.failed("name:lan", "address:10.0.0.5");
        assertEquals(Optional.of(Duration.ofMinutes(11)), throttle.lockedFor("name:lan"));
        assertTrue(throttle.lockedFor("name:other", "address:10.0.0.5").isPresent(), "the address too");
        assertTrue(throttle.lockedFor("name:other", "address:10.0.0.6").isEmpty());

        throttle.succeeded("name:lan");
        assertTrue(throttle.lockedFor("name:lan").isEmpty(), "a good login clears the name");
        assertTrue(throttle.lockedFor("address:10.0.0.5").isPresent(), "but not the address");
        clock.advance(Duration.ofMinutes(11));
        assertTrue(throttle.lockedFor("address:10.0.0.5").isEmpty(), "the oldest failure has aged out");
    }

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
