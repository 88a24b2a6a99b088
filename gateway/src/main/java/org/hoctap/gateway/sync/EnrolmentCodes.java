package org.hoctap.gateway.sync;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.sync.Sha256;

/**
 * One-time codes an officer gives an installer to enrol a kiosk for a centre: ten letters and digits
 * in two groups ({@code 7KQ2M-XH94D}), without the ones people mix up (no I, L, O, U); valid for a
 * day; only their hash is kept. Typed back, case, spaces and dashes do not matter, and O, I and L are
 * read as 0, 1 and 1.
 */
public final class EnrolmentCodes {
    public static final Duration VALID_FOR = Duration.ofHours(24);
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnrolmentCodes() {
    }

    /** Issues a new code for {@code centre}, valid from {@code now} for {@link #VALID_FOR}. */
    public static String issue(Connection c, Centre centre, Instant now) throws SQLException {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Jdbc.update(c, "INSERT INTO enrolment_code (code_hash, centre_id, issued_at, expires_at) VALUES (?, ?, ?, ?)",
                hash(code.toString()), centre.id(), now, now.plus(VALID_FOR));
        return code.toString();
    }

    /** The hash a code is kept and looked up by, after reading it as people type it. */
    static String hash(String typed) {
        String normal = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return Sha256.hex(normal.getBytes(StandardCharsets.US_ASCII));
    }
}
