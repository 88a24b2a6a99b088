package org.hoctap.gateway.inbox;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.smpp.IncomingSms;
import org.hoctap.gateway.smpp.PartOf;
import org.hoctap.gateway.smpp.TextAlphabet;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;

/**
 * Records MOs inside the caller's transaction: a part of a long message waits for the others; a
 * whole message is recorded, as a duplicate when the same sender sent the same text within the
 * window (then it is not processed again).
 */
final class MoStore {
    /** Stands where parts are missing in a message assembled after the timeout. */
    static final String GAP = " … ";

    private final InboxSettings settings;

    MoStore(InboxSettings settings) {
        this.settings = settings;
    }

    /** The message to process now, as stored, or empty (a part that waits, a duplicate). */
    Optional<InboundMessage> store(Connection c, IncomingSms sms, Instant now) throws SQLException {
        if (sms.part().isEmpty()) {
            return record(c, sms.sender(), sms.recipient(), sms.text(), sms.dataCoding(), now, false);
        }
        PartOf part = sms.part().get();
        if (!InboundParts.insertIfNew(c, sms, part, now)) {
            return Optional.empty();
        }
        InboundParts.Key key = InboundParts.Key.of(sms, part);
        List<InboundParts.StoredPart> parts = InboundParts.waiting(c, key);
        if (parts.size() < part.total()) {
            return Optional.empty();
        }
        return assemble(c, key, parts, sms.alphabet(), now, false);
    }

    /** Assembles long messages whose parts stopped coming; returns the ids to process. */
    List<String> expireParts(Connection c, Instant now) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (InboundParts.Key key : InboundParts.overdue(c, now.minus(settings.partTimeout()))) {
            List<InboundParts.StoredPart> parts = InboundParts.waiting(c, key);
            TextAlphabet alphabet = TextAlphabet.of(parts.get(0).dataCoding(), settings.decoding());
            assemble(c, key, parts, alphabet, now, true).map(InboundMessage::id).ifPresent(ids::add);
        }
        InboundParts.forgetAssembled(c, now.minus(settings.duplicateWindow()).minus(settings.partTimeout()));
        return ids;
    }

    private Optional<InboundMessage> assemble(Connection c, InboundParts.Key key, List<InboundParts.StoredPart> parts,
            TextAlphabet alphabet, Instant now, boolean incomplete) throws SQLException {
        String text = text(parts, alphabet, key.total());
        String id = Ids.newId();
        Optional<InboundMessage> toProcess = record(c, id, key.sender(), key.recipient(), text,
                parts.get(0).dataCoding(), now, incomplete);
        InboundParts.markAssembled(c, key, id);
        return toProcess;
    }

    /** The parts' bodies joined and decoded run by run, with {@link #GAP} where parts are missing. */
    private static String text(List<InboundParts.StoredPart> parts, TextAlphabet alphabet, int total) {
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        int expected = 1;
        for (InboundParts.StoredPart part : parts) {
            if (part.seq() != expected) {
                text.append(alphabet.decode(run.toByteArray()).strip()).append(GAP);
                run.reset();
            }
            run.writeBytes(part.body());
            expected = part.seq() + 1;
        }
        text.append(alphabet.decode(run.toByteArray()).strip());
        if (expected <= total) {
            text.append(GAP);
        }
        return text.toString().strip();
    }

    private Optional<InboundMessage> record(Connection c, String sender, String recipient, String text, int dataCoding,
            Instant now, boolean incomplete) throws SQLException {
        return record(c, Ids.newId(), sender, recipient, text, dataCoding, now, incomplete);
    }

    private Optional<InboundMessage> record(Connection c, String id, String sender, String recipient, String text,
            int dataCoding, Instant now, boolean incomplete) throws SQLException {
        Optional<String> original = settings.duplicateWindow().isZero() ? Optional.empty() : Jdbc.one(c, """
                SELECT id FROM inbound_message
                WHERE sender = ? AND received_at >= ? AND text = ? AND duplicate_of IS NULL
                ORDER BY received_at LIMIT 1""",
                row -> row.getString(1), sender, now.minus(settings.duplicateWindow()), text);
        InboundState state = original.isPresent() ? InboundState.PROCESSED : InboundState.RECEIVED;
        Jdbc.update(c, """
                INSERT INTO inbound_message (id, sender, recipient, text, data_coding, received_at, state,
                                             duplicate_of, incomplete)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, sender, recipient, text, dataCoding, now, state, original, incomplete ? 1 : 0);
        return original.isPresent() ? Optional.empty()
                : Optional.of(new InboundMessage(id, Optional.empty(), sender, recipient, text, dataCoding, now, state));
    }
}
