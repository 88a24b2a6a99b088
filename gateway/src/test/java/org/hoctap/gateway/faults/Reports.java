package org.hoctap.gateway.faults;

import java.nio.file.Path;
import java.util.List;
import org.hoctap.gateway.smscsim.HandsetMessage;
import org.hoctap.gateway.smscsim.SmscSimulator;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;

/** The households' side of the fault tests: who reports, what got recorded for them, what they received. */
final class Reports {
    private Reports() {
    }

    /** Seeds the sample commune into {@code dataDir} and returns {@code count} of its phones that get messages. */
    static List<String> phones(Path dataDir, int count) {
        try (Database db = SeededDatabase.create(dataDir)) {
            return db.read(c -> Jdbc.list(c, "SELECT e164 FROM phone WHERE opted_out = 0 ORDER BY e164 LIMIT ?",
                    row -> row.getString(1), count));
        }
    }

    /** Activities recorded from the reports {@code phone} sent. */
    static long recordedFrom(Database db, String phone) {
        return db.read(c -> Jdbc.count(c, """
                SELECT count(*) FROM activity a JOIN inbound_message m ON m.id = a.source_message_id
                WHERE m.sender = ?""", phone));
    }

    /** Replies that reached {@code phone}. */
    static long repliesTo(SmscSimulator smsc, String phone) {
        return smsc.conversation(phone).stream().filter(HandsetMessage::isMt).count();
    }

    /** Phones that received more than one reply. */
    static long doubled(SmscSimulator smsc, List<String> phones) {
        return phones.stream().filter(p -> repliesTo(smsc, p) > 1).count();
    }
}
