package org.hoctap.shared.testing;

import java.nio.file.Path;
import org.hoctap.shared.sample.SampleData;
import org.hoctap.shared.sample.SampleSummary;
import org.hoctap.shared.store.Database;

/**
 * A real SQLite database filled with the sample commune, for tests in any module:
 * {@code try (Database db = SeededDatabase.create(tempDir)) { … }}.
 */
public final class SeededDatabase {
    private SeededDatabase() {
    }

    /** Opens {@code dir/hoctap.db}, migrates it and seeds it with {@link SampleData#DEFAULT_SEED}. */
    public static Database create(Path dir) {
        Database db = Database.open(dir.resolve("hoctap.db"));
        try {
            SampleData.seed(db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A registered, not opted-out phone (E.164) of a Vietnamese-language household of the sample. */
    public static String samplePhone(Database db) {
        SampleSummary summary = SampleData.summary(db)
                .orElseThrow(() -> new IllegalStateException("the database has not been seeded"));
        return summary.examplePhones().get(0);
    }
}
