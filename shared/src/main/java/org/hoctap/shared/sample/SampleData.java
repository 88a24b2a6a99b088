package org.hoctap.shared.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hoctap.shared.places.Village;
import org.hoctap.shared.store.Database;

/**
 * A fictional highland commune for demos and tests: "xã Quài Chiềng" in Điện Biên, formed by a 2025
 * merger, with one learning centre, six villages of Thái, Hmong and Kinh households (about 300,
 * codes QC0001…), about 1,200 persons, their phones and cards, and a dozen topics.
 *
 * <p>The data are a pure function of the seed: the same seed gives the same rows, ids and instants
 * included. Seeding is one transaction, and is skipped when the database already has a centre.
 */
public final class SampleData {
    /** The seed of the standard sample, used by the demo and the test fixtures. */
    public static final long DEFAULT_SEED = 20250701L;

    private SampleData() {
    }

    /** Seeds with {@link #DEFAULT_SEED}. */
    public static SampleSummary seed(Database db) {
        return seed(db, DEFAULT_SEED);
    }

    /**
     * Writes the sample into {@code db} unless it already has a centre.
     *
     * @return a summary of what the database holds afterwards (or already held)
     */
    public static SampleSummary seed(Database db, long seed) {
        return db.write(c -> {
            Optional<SampleSummary> existing = SampleSummaries.read(c);
            if (existing.isPresent()) {
                return existing.get();
            }
            insert(c, seed);
            return SampleSummaries.read(c).orElseThrow();
        });
    }

    /** What the database holds, or empty when it has no centre (it was never seeded nor set up). */
    public static Optional<SampleSummary> summary(Database db) {
        return db.read(SampleSummaries::read);
    }

    private static void insert(Connection c, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        SampleIds ids = new SampleIds(random.split());
        SampleCommune.Inserted places = SampleCommune.insert(c, ids);
        SampleTopics.insert(c, ids);
        SampleHouseholds households = new SampleHouseholds(c, random.split(), ids);
        List<Village> villages = places.villages();
        for (int i = 0; i < villages.size(); i++) {
            households.insert(villages.get(i), SampleCommune.VILLAGES.get(i));
        }
    }
}
