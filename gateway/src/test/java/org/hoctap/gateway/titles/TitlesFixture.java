package org.hoctap.gateway.titles;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.officers.OfficerRole;
import org.hoctap.shared.activity.Activities;
import org.hoctap.shared.activity.Activity;
import org.hoctap.shared.activity.Channel;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.CitizenGroup;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.places.AdminLevel;
import org.hoctap.shared.places.AdminUnit;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.places.Village;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.text.Language;

/**
 * The seeded sample commune (a disadvantaged highland one) and, beside it in the same province, a
 * normal commune with one household ({@code MK0001}: a farmer, {@code +84912000001} his own phone,
 * {@code +84912000002} the household's), with officers of every role.
 */
public final class TitlesFixture implements AutoCloseable {
    public static final int YEAR = 2026;
    /** A day in the middle of {@link #YEAR}, when evidence is recorded. */
    public static final Instant IN_THE_YEAR = LocalDate.of(YEAR, 6, 15).atStartOfDay(TitleYears.ZONE).toInstant();

    public final Database db;
    public final String sampleCommune;
    public final String province;
    public final String otherCommune;
    public final Household otherHousehold;
    public final Person otherFarmer;
    public final Household sampleHousehold;
    public final Person sampleFarmer;
    public final String sampleCentre;

    public TitlesFixture(Path dir) {
        db = SeededDatabase.create(dir);
        sampleCentre = db.read(c -> Places.centres(c)).get(0).id();
        sampleCommune = db.read(c -> Places.centres(c)).get(0).communeId();
        province = db.read(c -> Places.adminUnit(c, sampleCommune)).orElseThrow().parentId().orElseThrow();
        sampleHousehold = db.read(c -> People.household(c, People.phone(c, SeededDatabase.samplePhone(db))
                .orElseThrow().householdId())).orElseThrow();
        sampleFarmer = db.read(c -> People.members(c, sampleHousehold.id())).get(0);
        otherCommune = Ids.newId();
        String village = Ids.newId();
        otherHousehold = new Household(Ids.newId(), "MK0001", village, Language.VI);
        otherFarmer = new Person(Ids.newId(), otherHousehold.id(), 1, "Lò Văn Khong", Sex.M, OptionalInt.of(1980),
                Optional.of(CitizenGroup.FARMER), Optional.empty());
        db.write(c -> {
            Places.insert(c, new AdminUnit(otherCommune, "99020", "xã Mường Khong", AdminLevel.COMMUNE,
                    Optional.of(province), LocalDate.of(2025, 7, 1), Optional.empty()));
            Places.insert(c, new Village(village, otherCommune, "Bản Khong"));
            Places.insert(c, new Centre(Ids.newId(), "MK", "Trung tâm học tập cộng đồng xã Mường Khong", otherCommune));
            People.insert(c, otherHousehold);
            People.insert(c, otherFarmer, Optional.of("Thái"));
            People.insert(c, new Phone("+84912000001", otherHousehold.id(), Optional.of(otherFarmer.id()), false),
                    IN_THE_YEAR);
            People.insert(c, new Phone("+84912000002", otherHousehold.id(), Optional.empty(), false), IN_THE_YEAR);
            return null;
        });
        db.write(c -> Jdbc.update(c, "UPDATE person SET citizen_group = 'FARMER' WHERE id = ?", sampleFarmer.id()));
    }

    public Officer communeOfficer(String commune) {
        return new Officer(Ids.newId(), "xa." + commune.substring(0, 6), "Cán bộ xã", OfficerRole.COMMUNE_OFFICER,
                commune, false);
    }

    public Officer provinceOfficer() {
        return new Officer(Ids.newId(), "tinh", "Cán bộ tỉnh", OfficerRole.PROVINCE_OFFICER, province, true);
    }

    public Officer centreStaff() {
        return new Officer(Ids.newId(), "ttht", "Cán bộ trung tâm", OfficerRole.CENTRE_STAFF, sampleCentre, false);
    }

    /** {@code person} reported activity {@code code} {@code times} times by SMS in the year. */
    public void reported(Person person, int code, int times) {
        db.write(c -> {
            Activities.insert(c, new Activity(Ids.newId(), person.householdId(), Optional.of(person.id()), code, times,
                    IN_THE_YEAR, Channel.SMS, Optional.empty()));
            return null;
        });
    }

    /** {@code person} checked in to a class at the sample centre in the year. */
    public void checkedIn(Person person) {
        db.write(c -> {
            String session = Ids.newId();
            Jdbc.update(c, """
                    INSERT INTO class_session (id, centre_id, topic_id, teacher, opened_at)
                    VALUES (?, ?, (SELECT id FROM topic ORDER BY code LIMIT 1), 'Cô Xuân', ?)""",
                    session, sampleCentre, IN_THE_YEAR);
            Jdbc.update(c, """
                    INSERT INTO attendance (id, session_id, person_id, checked_in_at, method) VALUES (?, ?, ?, ?, 'CARD')""",
                    Ids.newId(), session, person.id(), IN_THE_YEAR);
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
