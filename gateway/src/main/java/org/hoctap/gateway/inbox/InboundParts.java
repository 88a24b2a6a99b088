package org.hoctap.gateway.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.hoctap.gateway.smpp.IncomingSms;
import org.hoctap.gateway.smpp.PartOf;
import org.hoctap.shared.store.Jdbc;

/** The inbound_part table: parts of long MOs, kept until assembled and for a while after. */
final class InboundParts {
    private InboundParts() {
    }

    /** Identifies one long message: its sender and reference, and how many parts it has. */
    record Key(String sender, String recipient, int reference, int total) {
        static Key of(IncomingSms sms, PartOf part) {
            return new Key(sms.sender(), sms.recipient(), part.reference(), part.total());
        }
    }

    record StoredPart(int seq, int dataCoding, byte[] body) {
    }

    /** Stores the part unless it is here already (a redelivered copy); true when it is new. */
    static boolean insertIfNew(Connection c, IncomingSms sms, PartOf part, Instant now) throws SQLException {
        return Jdbc.update(c, """
                INSERT OR IGNORE INTO inbound_part (sender, recipient, reference, total, seq, data_coding, body,
                                                   received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                sms.sender(), sms.recipient(), part.reference(), part.total(), part.seq(), sms.dataCoding(), sms.body(),
                now) == 1;
    }

    /** The parts of {@code key} not yet assembled, in order. */
    static List<StoredPart> waiting(Connection c, Key key) throws SQLException {
        return Jdbc.list(c, """
                SELECT seq, data_coding, body FROM inbound_part
                WHERE sender = ? AND reference = ? AND total = ? AND assembled_into IS NULL
                ORDER BY seq""",
                row -> new StoredPart(row.getInt(1), row.getInt(2), row.getBytes(3)),
                key.sender(), key.reference(), key.total());
    }

    static void markAssembled(Connection c, Key key, String messageId) throws SQLException {
        Jdbc.update(c, """
                UPDATE inbound_part SET assembled_into = ?
                WHERE sender = ? AND reference = ? AND total = ? AND assembled_into IS NULL""",
                messageId, key.sender(), key.reference(), key.total());
    }

    /** Long messages whose first part came before {@code cutoff} and that are still not whole. */
    static List<Key> overdue(Connection c, Instant cutoff) throws SQLException {
        return Jdbc.list(c, """
                SELECT sender, min(recipient), reference, total FROM inbound_part
                WHERE assembled_into IS NULL
                GROUP BY sender, reference, total
                HAVING min(received_at) < ?""",
                row -> new Key(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)), cutoff);
    }

    /** Drops assembled parts received before {@code cutoff}: too old for a redelivered copy to matter. */
    static int forgetAssembled(Connection c, Instant cutoff) throws SQLException {
        return Jdbc.update(c, "DELETE FROM inbound_part WHERE assembled_into IS NOT NULL AND received_at < ?", cutoff);
    }
}
