package org.hoctap.shared.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries asked on every check-in stay on their indexes, however many years of classes pile up. */
class QueryPlansTest {
    @TempDir
    Path dir;

    @Test
    void theOpenSessionIsFoundAmongTheOpenOnesOnly() {
        try (Database db = SeededDatabase.create(dir)) {
            List<String> steps = db.read(c -> Jdbc.list(c, "EXPLAIN QUERY PLAN " + Learning.OPEN_SESSIONS,
                    row -> row.getString(4), "centre"));
            String plan = String.join(" ", steps);
            assertTrue(plan.contains("INDEX class_session_open"), plan);
        }
    }
}
