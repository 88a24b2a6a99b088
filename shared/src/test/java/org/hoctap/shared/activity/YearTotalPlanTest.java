package org.hoctap.shared.activity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every SMS report is answered with the year's total: the sum must read the household's index alone. */
class YearTotalPlanTest {
    @TempDir
    Path dir;

    @Test
    void theYearsTotalIsSummedFromTheIndexWithoutVisitingRows() {
        try (Database db = SeededDatabase.create(dir)) {
            List<String> steps = db.read(c -> Jdbc.list(c, "EXPLAIN QUERY PLAN " + Activities.COUNT_BETWEEN,
                    row -> row.getString(4), "household", "2026", "2027"));
            String plan = String.join(" ", steps);
            assertTrue(plan.contains("COVERING INDEX activity_by_household"), plan);
        }
    }
}
