package org.hoctap.shared.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.places.AdminLevel;
import org.hoctap.shared.places.AdminUnit;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.places.Village;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.StoreException;
import org.hoctap.shared.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivitiesTest {
    private static final Instant AT = Instant.parse("2025-10-02T12:00:00Z");

    @TempDir
    Path dir;
    private Database db;

    private final AdminUnit commune = new AdminUnit(Ids.newId(), "99010", "xã Quài Chiềng", AdminLevel.COMMUNE,
            Optional.empty(), LocalDate.of(2025, 7, 1), Optional.empty());
    private final Village village = new Village(Ids.newId(), commune.id(), "Thôn Tân Lập");
    private final Household household = new Household(Ids.newId(), "QC0290", village.id(), Language.VI);
    private final Person person = new Person(Ids.newId(), household.id(), 1, "Nguyễn Văn An", Sex.M,
            OptionalInt.of(1979), Optional.empty(), Optional.empty());

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("test.db"));
        db.write(c -> {
            Places.insert(c, commune);
            Places.insert(c, village);
            People.insert(c, household);
            People.insert(c, person, Optional.of("KINH"));
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDefaultCatalogueComesFromTheMigration() {
        List<ActivityType> catalogue = db.read(Activities::catalogue);
        assertEquals(List.of(11, 12, 13, 14, 15, 16, 17, 21, 22, 23, 31, 32),
                catalogue.stream().map(ActivityType::code).toList());
        assertEquals(Optional.of(new ActivityType(21, ActivityCategory.CHILD, true)),
                db.read(c -> Activities.type(c, 21)));
        assertEquals(Optional.empty(), db.read(c -> Activities.type(c, 99)));
        assertEquals("activity.12", catalogue.get(1).nameKey());
    }

    @Test
    void inactiveTypesAreLeftOut() {
        db.write(c -> Jdbc.update(c, "UPDATE activity_type SET active = 0 WHERE code = 13"));
        assertEquals(Optional.empty(), db.read(c -> Activities.type(c, 13)));
        assertEquals(11, db.read(Activities::catalogue).size());
    }

    @Test
    void activitiesRoundTripWithAndWithoutPersonAndSourceMessage() {
        String messageId = Ids.newId();
        Activity bySms = new Activity(Ids.newId(), household.id(), Optional.of(person.id()), 12, 3, AT.plusSeconds(1),
                Channel.SMS, Optional.of(messageId));
        Activity byStaff = new Activity(Ids.newId(), household.id(), Optional.empty(), 23, 1, AT, Channel.STAFF,
                Optional.empty());
        db.write(c -> {
            Jdbc.update(c, """
                    INSERT INTO inbound_message (id, sender, recipient, text, data_coding, received_at, state)
                    VALUES (?, '+84912345678', '8079', '12 3', 0, ?, 'PROCESSED')""", messageId, AT);
            Activities.insert(c, bySms);
            Activities.insert(c, byStaff);
            return null;
        });
        assertEquals(List.of(byStaff, bySms), db.read(c -> Activities.ofHousehold(c, household.id())));
    }

    @Test
    void anUnknownCodeOrANonPositiveCountIsRejected() {
        assertThrows(StoreException.class, () -> db.write(c -> {
            Activities.insert(c, new Activity(Ids.newId(), household.id(), Optional.empty(), 98, 1, AT, Channel.SMS,
                    Optional.empty()));
            return null;
        }));
        assertThrows(StoreException.class, () -> db.write(c -> {
            Activities.insert(c, new Activity(Ids.newId(), household.id(), Optional.empty(), 12, 0, AT, Channel.SMS,
                    Optional.empty()));
            return null;
        }));
        assertThrows(IllegalArgumentException.class, () -> new ActivityType(100, ActivityCategory.ADULT, true));
        assertEquals(0, (long) db.read(c -> Jdbc.count(c, "SELECT count(*) FROM activity")));
    }
}
