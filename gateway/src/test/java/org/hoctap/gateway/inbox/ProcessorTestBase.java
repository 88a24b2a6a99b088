package org.hoctap.gateway.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.outbox.OutboundMessage;
import org.hoctap.gateway.outbox.OutboundMessages;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.text.Folding;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real seeded database and an inbound processor over it (no SMPP), for the tests of what messages do. */
abstract class ProcessorTestBase {
    static final String SHORT_CODE = "8055";

    @TempDir
    Path dir;

    Database db;
    InboundProcessor processor;
    String phone;

    @BeforeEach
    void open() {
        db = SeededDatabase.create(dir);
        phone = SeededDatabase.samplePhone(db);
        Clock clock = Clock.systemUTC();
        processor = new InboundProcessor(db, Templates.load(Optional.empty()), new Outbox(Folding.NEVER, clock), SHORT_CODE,
                clock, RuleSets.shipped());
    }

    @AfterEach
    void close() {
        db.close();
    }

    String store(String sender, String text) {
        InboundMessage message = new InboundMessage(Ids.newId(), Optional.empty(), sender, SHORT_CODE, text, 0,
                Clock.systemUTC().instant(), InboundState.RECEIVED);
        db.write(c -> {
            InboundMessages.insert(c, message);
            return null;
        });
        return message.id();
    }

    List<OutboundMessage> replies(String inboundId) {
        return db.read(c -> OutboundMessages.inReplyTo(c, inboundId));
    }

    long activitiesOf(String inboundId) {
        return db.read(c -> Jdbc.count(c, "SELECT count(*) FROM activity WHERE source_message_id = ?", inboundId));
    }

    InboundState state(String inboundId) {
        return db.read(c -> InboundMessages.find(c, inboundId)).orElseThrow().state();
    }
}
