package org.hoctap.gateway.officers;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.login.KeptSecret;
import org.hoctap.shared.login.SecretHash;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;

/**
 * The account {@value #LOGIN} that a central server makes when it has none, so that someone can log
 * in at all: a province officer of the first province, who may see sensitive data, with a password
 * generated once and kept in a file for the administrator to read (or the one configured).
 */
public final class FirstOfficer {
    public static final String LOGIN = "tinh";
    private static final int PASSWORD_DIGITS = 10;

    private FirstOfficer() {
    }

    /** Makes the first account when there is none and a province exists; the password, when one was made. */
    public static Optional<KeptSecret> ensure(Database db, Optional<String> password, Path passwordFile, Clock clock) {
        return db.write(c -> {
            if (Officers.count(c) > 0) {
                return Optional.empty();
            }
            List<String> provinces = Jdbc.list(c, """
                    SELECT id FROM admin_unit WHERE level = 'PROVINCE' AND valid_to IS NULL ORDER BY code""",
                    row -> row.getString(1));
            if (provinces.isEmpty()) {
                return Optional.empty();
            }
            KeptSecret secret = KeptSecret.resolve(password, passwordFile, PASSWORD_DIGITS);
            Officers.create(c, LOGIN, "Hội Khuyến học tỉnh", OfficerRole.PROVINCE_OFFICER, provinces.get(0), true,
                    SecretHash.of(secret.value()), clock.instant());
            return Optional.of(secret);
        });
    }
}
