package org.hoctap.gateway.receipt;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;

/**
 * Stores delivery receipts and moves the outbound message they report on. Every receipt is kept,
 * matched or not. A message of several parts is DELIVRD once every part is; a part that failed
 * gives the message that failure.
 */
public final class Receipts {
    private Receipts() {
    }

    /** What became of a receipt: the outbound message it matched and that message's delivery state now. */
    public record Recorded(String receiptId, Optional<String> outboundId, Optional<String> deliveryState) {
    }

    public static Recorded record(Connection c, ReceivedReceipt receipt, Instant now) throws SQLException {
        Optional<Segment> segment = match(c, receipt);
        String id = Ids.newId();
        Jdbc.update(c, """
                INSERT INTO delivery_receipt (id, smsc_message_id, state, error_code, sender, done_at, received_at,
                                              outbound_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                id, receipt.smscMessageId(), receipt.state(), receipt.errorCode(), receipt.sender(), receipt.doneAt(),
                now, segment.map(Segment::outboundId));
        if (segment.isEmpty()) {
            return new Recorded(id, Optional.empty(), Optional.empty());
        }
        String outboundId = segment.get().outboundId();
        // A message of one part is in the state its newest receipt, this one, says.
        String state = segment.get().partsOfMessage() == 1 ? receipt.state() : deliveryState(c, outboundId);
        setDeliveryState(c, outboundId, state, now);
        return new Recorded(id, Optional.of(outboundId), Optional.of(state));
    }

    /**
     * Matches the receipts that came before the message's parts were stored as sent (an SMSC may send a
     * receipt as soon as it answers the submit_sm, and the two are stored by different threads): to run in the
     * transaction that stores the parts. Only receipts from the message's recipient, received since the message
     * was made, are taken: an old receipt for a recycled SMSC id, or another phone's whose id reads the same in
     * the other base, stays where it was. Returns the message's delivery state when any matched.
     */
    public static Optional<String> matchEarlier(Connection c, String outboundId, List<String> smscMessageIds,
            Instant now) throws SQLException {
        Set<String> forms = new LinkedHashSet<>();
        smscMessageIds.forEach(id -> forms.addAll(ReceiptIds.candidates(id)));
        List<Object> arguments = new ArrayList<>(forms);
        arguments.add(outboundId);
        arguments.add(outboundId);
        List<String> earlier = Jdbc.list(c, earlierQuery(forms.size()), row -> row.getString(1), arguments.toArray());
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        for (String receiptId : earlier) {
            Jdbc.update(c, "UPDATE delivery_receipt SET outbound_id = ? WHERE id = ?", outboundId, receiptId);
        }
        String state = deliveryState(c, outboundId);
        setDeliveryState(c, outboundId, state, now);
        return Optional.of(state);
    }

    private static void setDeliveryState(Connection c, String outboundId, String state, Instant now)
            throws SQLException {
        Jdbc.update(c, "UPDATE outbound_message SET delivery_state = ?, delivery_state_at = ? WHERE id = ?",
                state, now, outboundId);
    }

    /**
     * The unmatched receipts whose SMSC id, in its normal form, is one of {@code forms} ids, from a message's
     * recipient since it was made. Pinned to the index of unmatched receipts: without statistics SQLite would rather walk every
     * unmatched receipt along {@code delivery_receipt_by_outbound}.
     */
    static String earlierQuery(int forms) {
        return """
                SELECT id FROM delivery_receipt INDEXED BY delivery_receipt_unmatched
                WHERE outbound_id IS NULL AND ltrim(lower(smsc_message_id), '0') IN (%s)
                  AND received_at >= (SELECT created_at FROM outbound_message WHERE id = ?)
                  AND sender = (SELECT recipient FROM outbound_message WHERE id = ?)"""
                .formatted(String.join(", ", Collections.nCopies(forms, "?")));
    }

    private record Segment(String outboundId, int part, String smscMessageId, String recipient, int partsOfMessage) {
    }

    /** The acknowledged part the receipt names; one sent to the receipt's sender first when the id is ambiguous. */
    private static Optional<Segment> match(Connection c, ReceivedReceipt receipt) throws SQLException {
        Set<String> forms = ReceiptIds.candidates(receipt.smscMessageId());
        List<Segment> segments = Jdbc.list(c, matchQuery(forms.size()),
                row -> new Segment(row.getString(1), row.getInt(2), row.getString(3), row.getString(4), row.getInt(5)),
                forms.toArray());
        return segments.stream().filter(s -> s.recipient().equals(receipt.sender())).findFirst()
                .or(() -> segments.stream().findFirst());
    }

    /** The segments whose SMSC id, in its normal form, is one of {@code forms} ids (newest first). */
    static String matchQuery(int forms) {
        return """
                SELECT s.outbound_id, s.part, s.smsc_message_id, m.recipient, m.segments
                FROM outbound_segment s JOIN outbound_message m ON m.id = s.outbound_id
                WHERE ltrim(lower(s.smsc_message_id), '0') IN (%s)
                ORDER BY s.submitted_at DESC""".formatted(String.join(", ", Collections.nCopies(forms, "?")));
    }

    /** The message's state from the newest receipt of each of its parts. */
    private static String deliveryState(Connection c, String outboundId) throws SQLException {
        List<Segment> parts = Jdbc.list(c,
                "SELECT outbound_id, part, smsc_message_id, '' FROM outbound_segment WHERE outbound_id = ?",
                row -> new Segment(row.getString(1), row.getInt(2), row.getString(3), "", 0), outboundId);
        record Seen(String smscMessageId, String state) {
        }
        List<Seen> receipts = Jdbc.list(c,
                "SELECT smsc_message_id, state FROM delivery_receipt WHERE outbound_id = ? ORDER BY received_at, id",
                row -> new Seen(row.getString(1), row.getString(2)), outboundId);
        Map<Integer, String> newestByPart = new HashMap<>();
        String newest = "UNKNOWN";
        for (Seen seen : receipts) {
            newest = seen.state();
            for (Segment part : parts) {
                if (ReceiptIds.same(part.smscMessageId(), seen.smscMessageId())) {
                    newestByPart.put(part.part(), seen.state());
                }
            }
        }
        Optional<String> failure = newestByPart.values().stream().filter(ReceiptStates.FAILED::contains).findFirst();
        if (failure.isPresent()) {
            return failure.get();
        }
        boolean allDelivered = !parts.isEmpty() && parts.stream()
                .allMatch(p -> ReceiptStates.DELIVERED.equals(newestByPart.get(p.part())));
        if (allDelivered) {
            return ReceiptStates.DELIVERED;
        }
        return ReceiptStates.DELIVERED.equals(newest) ? "ENROUTE" : newest;
    }
}
