package org.hoctap.shared.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.places.AdminLevel;
import org.hoctap.shared.places.AdminUnit;
import org.hoctap.shared.places.Centre;
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

class PeopleTest {
    private static final Instant REGISTERED = Instant.parse("2025-09-01T02:00:00Z");

    @TempDir
    Path dir;
    private Database db;

    private final AdminUnit commune = new AdminUnit(Ids.newId(), "99010", "xã Quài Chiềng", AdminLevel.COMMUNE,
            Optional.empty(), LocalDate.of(2025, 7, 1), Optional.empty());
    private final Village village = new Village(Ids.newId(), commune.id(), "Bản Huổi Lóng");
    private final Centre centre = new Centre(Ids.newId(), "QC", "Trung tâm", commune.id());
    private final Household household = new Household(Ids.newId(), "QC0001", village.id(), Language.HNJ);
    private final Person head = new Person(Ids.newId(), household.id(), 1, "Giàng A Páo", Sex.M,
            OptionalInt.of(1980), Optional.of(CitizenGroup.FARMER), Optional.of(Language.VI));
    private final Person child = new Person(Ids.newId(), household.id(), 2, "Giàng Thị Mỷ", Sex.F,
            OptionalInt.empty(), Optional.empty(), Optional.empty());

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("test.db"));
        db.write(c -> {
            Places.insert(c, commune);
            Places.insert(c, village);
            Places.insert(c, centre);
            People.insert(c, household);
            People.insert(c, child, Optional.empty());
            People.insert(c, head, Optional.of("HMONG"));
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void householdsRoundTripByIdAndCode() {
        assertEquals(Optional.of(household), db.read(c -> People.household(c, household.id())));
        assertEquals(Optional.of(household), db.read(c -> People.householdByCode(c, "QC0001")));
        assertEquals(Optional.empty(), db.read(c -> People.householdByCode(c, "QC9999")));
    }

    @Test
    void personsRoundTripWithAndWithoutOptionalFields() {
        assertEquals(Optional.of(head), db.read(c -> People.person(c, head.id())));
        assertEquals(Optional.of(child), db.read(c -> People.person(c, child.id())));
        assertEquals(List.of(head, child), db.read(c -> People.members(c, household.id())));
    }

    @Test
    void ethnicityIsStoredApartFromTheRecord() {
        List<Optional<String>> stored = db.read(c -> Jdbc.list(c,
                "SELECT ethnicity FROM person ORDER BY member_no", row -> Optional.ofNullable(row.getString(1))));
        assertEquals(List.of(Optional.of("HMONG"), Optional.empty()), stored);
    }

    @Test
    void learnersOfACentreAreThePeopleOfItsCommuneByName() {
        assertEquals(List.of(head, child), db.read(c -> People.learnersOfCentre(c, centre.id())));
    }

    @Test
    void phonesRoundTripWithAndWithoutAnOwner() {
        Phone shared = new Phone("+84912345678", household.id(), Optional.empty(), false);
        Phone own = new Phone("+84351234567", household.id(), Optional.of(head.id()), true);
        db.write(c -> {
            People.insert(c, shared, REGISTERED);
            People.insert(c, own, REGISTERED);
            return null;
        });
        assertEquals(Optional.of(shared), db.read(c -> People.phone(c, shared.e164())));
        assertEquals(Optional.of(own), db.read(c -> People.phone(c, own.e164())));
        assertEquals(Optional.empty(), db.read(c -> People.phone(c, "+84999999999")));
        assertEquals(List.of(own, shared), db.read(c -> People.phonesOfHousehold(c, household.id())));
        assertThrows(StoreException.class, () -> db.write(c -> {
            People.insert(c, shared, REGISTERED);
            return null;
        }));
        assertThrows(StoreException.class, () -> db.write(c -> {
            People.insert(c, new Phone("0912345678", household.id(), Optional.empty(), false), REGISTERED);
            return null;
        }), "numbers are stored as E.164");
    }

    @Test
    void cardsFindTheirPerson() {
        db.write(c -> {
            People.insert(c, new Card("04A1B2C3", head.id()), REGISTERED);
            return null;
        });
        assertEquals(Optional.of(head), db.read(c -> People.personByCard(c, "04A1B2C3")));
        assertEquals(Optional.empty(), db.read(c -> People.personByCard(c, "FFFFFFFF")));
        assertThrows(StoreException.class, () -> db.write(c -> {
            People.insert(c, new Card("0BADCAFE", "no such person"), REGISTERED);
            return null;
        }));
    }

    @Test
    void memberNumbersAreUniqueInAHousehold() {
        assertThrows(StoreException.class, () -> db.write(c -> {
            People.insert(c, new Person(Ids.newId(), household.id(), 1, "Sùng A Dế", Sex.M, OptionalInt.empty(),
                    Optional.empty(), Optional.empty()), Optional.empty());
            return null;
        }));
    }
}
