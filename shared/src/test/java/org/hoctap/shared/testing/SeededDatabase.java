package org.hoctap.shared.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Seeds a database in each folder, the same one: the first is seeded, closed, and its files copied
     * to the others (as a kiosk's roster is the central server's). Nothing is left open.
     */
    public static void createCopies(Path first, Path... others) throws IOException {
        create(first).close();
        for (Path other : others) {
            for (String file : List.of("hoctap.db", "hoctap.db-wal", "hoctap.db-shm")) {
                if (Files.exists(first.resolve(file))) {
                    Files.copy(first.resolve(file), other.resolve(file));
                }
            }
        }
    }

    /** A registered, not opted-out phone (E.164) of a Vietnamese-language household of the sample. */
    public static String samplePhone(Database db) {
        SampleSummary summary = SampleData.summary(db)
                .orElseThrow(() -> new IllegalStateException("the database has not been seeded"));
        return summary.examplePhones().get(0);
    }
}
