package org.hoctap.shared.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeededDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsASeededDatabaseInTheFolderAndNamesAVietnameseHouseholdsPhone() {
        try (Database db = SeededDatabase.create(dir)) {
            assertEquals(dir.resolve("hoctap.db"), db.file());
            assertTrue(SampleData.summary(db).orElseThrow().households() > 0);
            String e164 = SeededDatabase.samplePhone(db);
            Phone phone = db.read(c -> People.phone(c, e164)).orElseThrow();
            assertEquals(Language.VI, db.read(c -> People.household(c, phone.householdId())).orElseThrow().language());
            assertEquals(false, phone.optedOut());
        }
    }
}
