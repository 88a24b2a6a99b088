package org.hoctap.shared.system;

import java.util.function.BooleanSupplier;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The services' health for the watchdog: their database answers a read. */
public final class DatabaseHealth implements BooleanSupplier {
    private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

    private final Database db;

    public DatabaseHealth(Database db) {
        this.db = db;
    }

    @Override
    public boolean getAsBoolean() {
        try {
            return db.read(c -> Jdbc.count(c, "SELECT 1")) == 1;
        } catch (RuntimeException e) {
            log.warn("the database does not answer: {}", e.toString());
            return false;
        }
    }
}
