package org.hoctap.gateway.outbox;

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
 * question reads the queued messages alone, never every message sent.
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
            assertTrue(plan.contains("INDEX outbound_message_queued"), plan);
        }
    }
}
