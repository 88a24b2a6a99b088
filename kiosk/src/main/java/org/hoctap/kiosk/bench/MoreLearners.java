package org.hoctap.kiosk.bench;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.places.Village;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;

/** A bigger commune for a benchmark: households of four added across the villages until there are enough learners. */
final class MoreLearners {
    private static final int MEMBERS = 4;

    private MoreLearners() {
    }

    /** Adds households to the first centre's villages until it has at least {@code learners} persons. */
    static void growTo(Database db, int learners) {
        db.write(c -> {
            String centreId = Jdbc.one(c, "SELECT id FROM centre ORDER BY code LIMIT 1", row -> row.getString(1))
                    .orElseThrow();
            String prefix = Jdbc.one(c, "SELECT code FROM centre WHERE id = ?", row -> row.getString(1), centreId)
                    .orElseThrow();
            List<Village> villages = Places.villagesOfCentre(c, centreId);
            long persons = Jdbc.count(c, "SELECT count(*) FROM person");
            for (int h = 0; persons < learners; h++) {
                Household household = new Household(Ids.newId(), prefix + (5000 + h),
                        villages.get(h % villages.size()).id(), Language.VI);
                People.insert(c, household);
                for (int m = 1; m <= MEMBERS && persons < learners; m++, persons++) {
                    People.insert(c, new Person(Ids.newId(), household.id(), m, "Học viên " + (h * MEMBERS + m),
                            m % 2 == 0 ? Sex.F : Sex.M, OptionalInt.of(1960 + (h + m) % 50), Optional.empty(),
                            Optional.empty()), Optional.empty());
                }
            }
            return null;
        });
    }
}
