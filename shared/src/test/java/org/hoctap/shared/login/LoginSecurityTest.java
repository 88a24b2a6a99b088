package org.hoctap.shared.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hoctap.shared.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** Password hashes and the lockout, as the kiosk's staff login and the central web's officer login use them. */
class LoginSecurityTest {
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
}
