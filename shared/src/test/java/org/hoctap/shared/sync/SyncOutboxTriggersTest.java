package org.hoctap.shared.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is queued for the sync (migration V16): on a kiosk's database only, in order, whatever made it. */
class SyncOutboxTriggersTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseThatIsNoKiosksQueuesNothing() {
        try (Database db = SeededDatabase.create(dir)) {
            moveACard(db);
            assertEquals(List.of(), queued(db));
        }
    }

    @Test
    void onAKiosksDatabaseNewAndChangedRecordsAreQueuedInOrder() {
        try (Database db = SeededDatabase.create(dir)) {
            db.write(c -> Jdbc.update(c, "INSERT INTO sync_role (kiosk) VALUES (1)"));
            String card = moveACard(db);
            db.write(c -> Jdbc.update(c, "UPDATE person SET language = 'hnj' WHERE id = "
                    + "(SELECT person_id FROM card WHERE uid = ?)", card));
            List<String> queued = queued(db);
            assertEquals(2, queued.size(), queued.toString());
            assertEquals("card " + card, queued.get(0));
            assertEquals("person", queued.get(1).split(" ")[0]);
        }
    }

    /** Moves a card to another person of the sample; returns its UID. */
    private static String moveACard(Database db) {
        return db.write(c -> {
            String uid = Jdbc.one(c, "SELECT uid FROM card ORDER BY uid LIMIT 1", row -> row.getString(1)).orElseThrow();
            Jdbc.update(c, "UPDATE card SET person_id = (SELECT id FROM person WHERE id <> "
                    + "(SELECT person_id FROM card WHERE uid = ?) ORDER BY id LIMIT 1) WHERE uid = ?", uid, uid);
            return uid;
        });
    }

    private static List<String> queued(Database db) {
        return db.read(c -> Jdbc.list(c, "SELECT table_name || ' ' || row_id FROM sync_outbox ORDER BY seq",
                row -> row.getString(1)));
    }
}
