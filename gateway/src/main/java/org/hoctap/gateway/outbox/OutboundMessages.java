package org.hoctap.gateway.outbox;

import static org.hoctap.shared.store.Rows.enumValue;
import static org.hoctap.shared.store.Rows.instant;
import static org.hoctap.shared.store.Rows.optionalInstant;
import static org.hoctap.shared.store.Rows.optionalString;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.receipt.Receipts;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.SmsEncoding;

/** The outbound_message table. */
public final class OutboundMessages {
    private OutboundMessages() {
    }

    public static void insert(Connection c, OutboundMessage m) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO outbound_message (id, recipient, text, template, language, encoding, segments, in_reply_to,
                                              state, attempts, smsc_message_id, created_at, sent_at, last_error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                m.id(), m.recipient(), m.text(), m.template(), m.language().tag(), m.encoding(), m.segments(),
                m.inReplyTo(), m.state(), m.attempts(), m.smscMessageId(), m.createdAt(), m.sentAt(), m.lastError());
    }

    public static Optional<OutboundMessage> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM outbound_message WHERE id = ?", OutboundMessages::message, id);
    }

    /** Up to {@code limit} queued messages that may go at {@code now} and are not being sent, oldest first. */
    public static List<OutboundMessage> queued(Connection c, int limit, Instant now) throws SQLException {
        return Jdbc.list(c, DUE, OutboundMessages::message, now, limit);
    }

    static final String DUE = """
            SELECT * FROM outbound_message
            WHERE state = 'QUEUED' AND in_flight_since IS NULL AND (not_before IS NULL OR not_before <= ?)
            ORDER BY created_at, id LIMIT ?""";

    /** The message waits until {@code until} (a broadcast queued in quiet hours). */
    public static void holdUntil(Connection c, String id, Instant until) throws SQLException {
        Jdbc.update(c, "UPDATE outbound_message SET not_before = ? WHERE id = ?", until, id);
    }

    public static List<OutboundMessage> inReplyTo(Connection c, String inboundId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM outbound_message WHERE in_reply_to = ? ORDER BY created_at, id",
                OutboundMessages::message, inboundId);
    }

    /** Marks the messages as about to be submitted (see V5): committed before their submit_sm go out. */
    public static void markInFlight(Connection c, List<String> ids, Instant now) throws SQLException {
        for (String id : ids) {
            Jdbc.update(c, "UPDATE outbound_message SET in_flight_since = ? WHERE id = ?", now, id);
        }
    }

    /**
     * The SMSC took every part: SENT, with each part's SMSC id (receipts name those); a receipt that came
     * before this answer was stored is matched now.
     */
    public static void markSent(Connection c, String id, List<String> smscMessageIds, Instant sentAt)
            throws SQLException {
        Jdbc.update(c, """
                UPDATE outbound_message SET state = 'SENT', attempts = attempts + 1, smsc_message_id = ?, sent_at = ?,
                                            last_error = NULL, in_flight_since = NULL
                WHERE id = ?""", String.join(",", smscMessageIds), sentAt, id);
        for (int part = 1; part <= smscMessageIds.size(); part++) {
            Jdbc.update(c, """
                    INSERT OR REPLACE INTO outbound_segment (outbound_id, part, smsc_message_id, submitted_at)
                    VALUES (?, ?, ?, ?)""", id, part, smscMessageIds.get(part - 1), sentAt);
        }
        Receipts.matchEarlier(c, id, smscMessageIds, sentAt);
    }

    /** Counts a failed attempt; FAILED when {@code retryAt} is empty, else queued again to go no earlier than it. */
    public static void markAttemptFailed(Connection c, String id, String error, Optional<Instant> retryAt)
            throws SQLException {
        Jdbc.update(c, """
                UPDATE outbound_message SET state = ?, attempts = attempts + 1, last_error = ?, in_flight_since = NULL,
                                            not_before = coalesce(?, not_before)
                WHERE id = ?""", retryAt.isEmpty() ? OutboundState.FAILED : OutboundState.QUEUED, error, retryAt, id);
    }

    /**
     * Back in the queue without an attempt counted (the link was down, or the SMSC asked us to slow
     * down), to go no earlier than {@code notBefore} when given.
     */
    public static void release(Connection c, String id, String why, Optional<Instant> notBefore) throws SQLException {
        Jdbc.update(c, """
                UPDATE outbound_message SET in_flight_since = NULL, last_error = ?, not_before = coalesce(?, not_before)
                WHERE id = ?""", why, notBefore, id);
    }

    /**
     * Messages an earlier run was submitting when it stopped: back in the queue, each counted in
     * {@code crash_resends}. Returns how many.
     */
    public static int recoverInFlight(Connection c) throws SQLException {
        return Jdbc.update(c, """
                UPDATE outbound_message SET in_flight_since = NULL, crash_resends = crash_resends + 1
                WHERE state = 'QUEUED' AND in_flight_since IS NOT NULL""");
    }

    /** Gives up the queued messages created before {@code cutoff}; returns how many. */
    public static int expire(Connection c, Instant cutoff) throws SQLException {
        return Jdbc.update(c, """
                UPDATE outbound_message SET state = 'FAILED', last_error = 'expired: not sent within its validity period'
                WHERE state = 'QUEUED' AND in_flight_since IS NULL AND created_at < ?""", cutoff);
    }

    private static OutboundMessage message(ResultSet row) throws SQLException {
        String tag = row.getString("language");
        return new OutboundMessage(row.getString("id"), row.getString("recipient"), row.getString("text"),
                row.getString("template"),
                Language.fromTag(tag).orElseThrow(() -> new SQLException("unknown language " + tag)),
                enumValue(row, "encoding", SmsEncoding.class), row.getInt("segments"),
                optionalString(row, "in_reply_to"), enumValue(row, "state", OutboundState.class),
                row.getInt("attempts"), optionalString(row, "smsc_message_id"), instant(row, "created_at"),
                optionalInstant(row, "sent_at"), optionalString(row, "last_error"));
    }
}
