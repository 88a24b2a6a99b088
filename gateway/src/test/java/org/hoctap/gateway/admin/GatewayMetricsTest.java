package org.hoctap.gateway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.hoctap.gateway.outbox.OutboundMessage;
import org.hoctap.gateway.outbox.OutboundMessages;
import org.hoctap.gateway.outbox.OutboundState;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.SmsEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox's figures an operator watches: the queue, what went, what was given up, what was tried again. */
class GatewayMetricsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theOutboxIsCountedByStateWithItsRetriesAndCrashResends() {
        try (Database db = Database.open(dir.resolve("hoctap.db"))) {
            db.write(c -> {
                message(c, "q1", OutboundState.QUEUED, 0);
                message(c, "q2", OutboundState.QUEUED, 1);
                message(c, "s1", OutboundState.SENT, 1);
                message(c, "s2", OutboundState.SENT, 3);
                message(c, "s3", OutboundState.SENT, 1);
                message(c, "f1", OutboundState.FAILED, 5);
                Jdbc.update(c, "UPDATE outbound_message SET crash_resends = 2 WHERE id = 's3'");
                return null;
            });
            GatewayMetrics metrics = db.read(c -> GatewayMetrics.read(c, NOW, true, 0, 10));
            assertEquals(2, metrics.queued());
            assertEquals(3, metrics.sent());
            assertEquals(1, metrics.failed());
            assertEquals(2 + 4, metrics.retries()); // s2 tried twice more, f1 four times more
            assertEquals(2, metrics.crashResends());
        }
    }

    private static void message(Connection c, String id, OutboundState state, int attempts)
            throws SQLException {
        OutboundMessages.insert(c, new OutboundMessage(id, "+84912345678", "ok", "sms.recorded", Language.VI,
                SmsEncoding.GSM7, 1, Optional.empty(), state, attempts, Optional.empty(), NOW.minusSeconds(60),
                state == OutboundState.SENT ? Optional.of(NOW.minusSeconds(30)) : Optional.empty(), Optional.empty()));
    }
}
