package org.hoctap.gateway.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender asks what is due many times a second while a year of sent messages piles up: the
 * question reads the queued messages alone, never every message sent, and of those only the ones not
 * in flight already (a window of them can be), in the order they go out.
 */
class OutboxQueryPlansTest {
    @TempDir
    Path dir;

    @Test
    void whatIsDueIsReadAmongTheQueuedMessagesOnly() {
        try (Database db = Database.open(dir.resolve("hoctap.db"))) {
            List<String> steps = db.read(c -> Jdbc.list(c, "EXPLAIN QUERY PLAN " + OutboundMessages.DUE,
                    row -> row.getString(4), Instant.EPOCH, 100));
            String plan = String.join(" | ", steps);
            assertTrue(plan.contains("INDEX outbound_message_queued (in_flight_since=?)"), plan);
            assertFalse(plan.contains("TEMP B-TREE"), "no sorting: " + plan);
        }
    }

    @Test
    void theQueueDepthCountsTheQueuedMessagesOnly() {
        try (Database db = Database.open(dir.resolve("hoctap.db"))) {
            List<String> steps = db.read(c -> Jdbc.list(c,
                    "EXPLAIN QUERY PLAN SELECT count(*) FROM outbound_message WHERE state = 'QUEUED'",
                    row -> row.getString(4)));
            String plan = String.join(" | ", steps);
            assertTrue(plan.contains("INDEX outbound_message_queued"), plan);
        }
    }
}
