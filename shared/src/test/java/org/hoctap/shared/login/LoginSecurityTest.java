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
            assertTrue(throttle.attempt("name:lan", "address:10.0.0.5").isEmpty());
            clock.advance(Duration.ofMinutes(1));
        }
        assertTrue(throttle.lockedFor("name:lan").isEmpty(), "four are not enough");
        assertTrue(throttle.attempt("name:lan", "address:10.0.0.5").isEmpty(), "the fifth is still checked");
        assertEquals(Optional.of(Duration.ofMinutes(11)), throttle.attempt("name:lan", "address:10.0.0.5"));
        assertEquals(4, LoginThrottle.minutes(Duration.ofSeconds(181)));
        assertTrue(throttle.lockedFor("name:other", "address:10.0.0.5").isPresent(), "the address too");
        assertTrue(throttle.lockedFor("name:other", "address:10.0.0.6").isEmpty());

        clock.advance(Duration.ofMinutes(11));
        assertTrue(throttle.lockedFor("address:10.0.0.5").isEmpty(), "the oldest failure has aged out");
    }

    @Test
    void aRightPasswordClearsItsNameButNotItsAddresssEarlierFailures() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock(Instant.parse("2026-11-22T01:00:00Z")));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.attempt("name:lan", "address:10.0.0.5");
        }
        assertTrue(throttle.attempt("name:lan", "address:10.0.0.5").isEmpty());
        throttle.succeeded("name:lan", "address:10.0.0.5");
        assertTrue(throttle.lockedFor("name:lan").isEmpty(), "a good login clears the name");
        assertTrue(throttle.lockedFor("address:10.0.0.5").isEmpty(), "the right attempt is not held against the address");
        assertTrue(throttle.attempt("name:hoa", "address:10.0.0.5").isEmpty());
        assertTrue(throttle.lockedFor("address:10.0.0.5").isPresent(), "its four earlier failures still count");
    }

    @Test
    void attemptsInFlightCountBeforeTheirPasswordIsChecked() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock(Instant.parse("2026-11-22T01:00:00Z")));
        int letThrough = 0;
        for (int i = 0; i < 50; i++) { // fifty guesses sent at once, none answered yet
            letThrough += throttle.attempt("name:lan", "address:10.0.0." + i).isEmpty() ? 1 : 0;
        }
        assertEquals(LoginThrottle.MAX_FAILURES, letThrough);
    }

    @Test
    void aRightPasswordDoesNotCountAgainstItsAddress() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock(Instant.parse("2026-11-22T01:00:00Z")));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES * 2; i++) {
            assertTrue(throttle.attempt("name:lan", "address:10.0.0.5").isEmpty(), "login " + i);
            throttle.succeeded("name:lan", "address:10.0.0.5");
        }
    }
}
