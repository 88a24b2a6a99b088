package org.hoctap.gateway.inbox;

import static org.hoctap.shared.store.Rows.enumValue;
import static org.hoctap.shared.store.Rows.instant;
import static org.hoctap.shared.store.Rows.optionalString;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.store.Jdbc;

/** The inbound_message table. */
public final class InboundMessages {
    private InboundMessages() {
    }

    public static void insert(Connection c, InboundMessage m) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO inbound_message (id, smsc_message_id, sender, recipient, text, data_coding, received_at,
                                             state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                m.id(), m.smscMessageId(), m.sender(), m.recipient(), m.text(), m.dataCoding(), m.receivedAt(),
                m.state());
    }

    public static Optional<InboundMessage> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM inbound_message WHERE id = ?", InboundMessages::message, id);
    }

    public static void setState(Connection c, String id, InboundState state) throws SQLException {
        Jdbc.update(c, "UPDATE inbound_message SET state = ? WHERE id = ?", state, id);
    }

    /** Ids in {@code state}, oldest first (to finish what a stop interrupted). */
    public static List<String> idsIn(Connection c, InboundState state) throws SQLException {
        return Jdbc.list(c, "SELECT id FROM inbound_message WHERE state = ? ORDER BY received_at, id",
                row -> row.getString(1), state);
    }

    private static InboundMessage message(ResultSet row) throws SQLException {
        return new InboundMessage(row.getString("id"), optionalString(row, "smsc_message_id"),
                row.getString("sender"), row.getString("recipient"), row.getString("text"), row.getInt("data_coding"),
                instant(row, "received_at"), enumValue(row, "state", InboundState.class));
    }
}
