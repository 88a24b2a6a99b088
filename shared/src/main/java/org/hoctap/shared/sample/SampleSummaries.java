package org.hoctap.shared.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Jdbc;

/** Reads a {@link SampleSummary} of what a database holds. */
final class SampleSummaries {
    private static final int EXAMPLE_PHONES = 5;

    /** A registered phone with where its household lives and the language it asked for. */
    private record Candidate(String e164, String villageId, String language) {
    }

    private SampleSummaries() {
    }

    /** Empty when there is no centre yet. */
    static Optional<SampleSummary> read(Connection c) throws SQLException {
        List<Centre> centres = Places.centres(c);
        if (centres.isEmpty()) {
            return Optional.empty();
        }
        Centre centre = centres.get(0);
        return Optional.of(new SampleSummary(centre.id(), centre.code(), count(c, "village"),
                count(c, "household"), count(c, "person"), count(c, "phone"), count(c, "card"), count(c, "topic"),
                examplePhones(c)));
    }

    private static int count(Connection c, String table) throws SQLException {
        return Math.toIntExact(Jdbc.count(c, "SELECT count(*) FROM " + table));
    }

    /**
     * A Vietnamese-language household's phone first, then Thái and Hmong ones, then more of each,
     * each from a village not used yet while there is one.
     */
    private static List<String> examplePhones(Connection c) throws SQLException {
        List<Candidate> candidates = Jdbc.list(c, """
                SELECT p.e164, h.village_id, h.language FROM phone p JOIN household h ON h.id = p.household_id
                WHERE p.opted_out = 0 ORDER BY h.code, p.e164""",
                row -> new Candidate(row.getString(1), row.getString(2), row.getString(3)));
        List<String> chosen = new ArrayList<>();
        Set<String> villages = new HashSet<>();
        List<String> order = List.of("vi", "blt", "hnj", "vi", "hnj", "blt");
        for (boolean newVillageOnly : new boolean[] {true, false}) {
            for (String language : order) {
                if (chosen.size() == EXAMPLE_PHONES) {
                    return chosen;
                }
                candidates.stream()
                        .filter(p -> p.language().equals(language) && !chosen.contains(p.e164()))
                        .filter(p -> !newVillageOnly || !villages.contains(p.villageId()))
                        .findFirst()
                        .ifPresent(p -> {
                            chosen.add(p.e164());
                            villages.add(p.villageId());
                        });
            }
        }
        return chosen;
    }
}
