package org.hoctap.shared.store;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** Applies the numbered schema migrations in {@code db/migration} at start-up. */
final class Migrations {
    private Migrations() {
    }

    static void apply(Path file) {
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file.toAbsolutePath(), null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
