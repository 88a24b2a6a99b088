package org.hoctap.gateway.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the gateway bench prints when a reply was sent and never became DELIVRD. */
class UndeliveredRepliesTest {
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void listsTheSentRepliesNotDeliveredWithTheirReceiptsAndIds() {
        try (Database db = Database.open(dir.resolve("hoctap.db"))) {
            db.write(c -> {
                sent(c, "m1", "DELIVRD", "a1");
                sent(c, "m2", null, "b1", "b2"); // no receipt came
                sent(c, "m3", "UNDELIV", "c1");
                receipt(c, "r1", "a1", "DELIVRD", "m1");
                receipt(c, "r3", "c1", "UNDELIV", "m3");
                return null;
            });
            assertEquals(List.of(
                    "  reply m2: delivery state none, 0 receipt(s), SMSC id(s) b1,b2",
                    "  reply m3: delivery state UNDELIV, 1 receipt(s), SMSC id(s) c1"),
                    db.read(GatewayBench::undeliveredReplies));
        }
    }

    private static void sent(Connection c, String id, String deliveryState, String... parts)
            throws SQLException {
        Jdbc.update(c, """
                INSERT INTO outbound_message (id, recipient, text, template, language, encoding, segments, state,
                                              created_at, delivery_state)
                VALUES (?, '+84912345678', 'Đã ghi nhận', 'sms.recorded', 'vi', 'UCS2', ?, 'SENT', ?, ?)""",
                id, parts.length, NOW, deliveryState);
        for (int i = 0; i < parts.length; i++) {
            Jdbc.update(c, "INSERT INTO outbound_segment VALUES (?, ?, ?, ?)", id, i + 1, parts[i], NOW);
        }
    }

    private static void receipt(Connection c, String id, String smscId, String state, String outboundId)
            throws SQLException {
        Jdbc.update(c, """
                INSERT INTO delivery_receipt (id, smsc_message_id, state, sender, received_at, outbound_id)
                VALUES (?, ?, ?, '+84912345678', ?, ?)""", id, smscId, state, NOW, outboundId);
    }
}
