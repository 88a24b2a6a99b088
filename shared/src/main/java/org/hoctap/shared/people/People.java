package org.hoctap.shared.people;

import static org.hoctap.shared.store.Rows.enumValue;
import static org.hoctap.shared.store.Rows.optionalEnum;
import static org.hoctap.shared.store.Rows.optionalInt;
import static org.hoctap.shared.store.Rows.optionalString;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;

/** Households, persons, phones and cards in the store. */
public final class People {
    private People() {
    }

    public static void insert(Connection c, Household household) throws SQLException {
        Jdbc.update(c, "INSERT INTO household (id, code, village_id, language) VALUES (?, ?, ?, ?)",
                household.id(), household.code(), household.villageId(), household.language().tag());
    }

    /** Stores a person; {@code ethnicity} is sensitive and kept apart from the record. */
    public static void insert(Connection c, Person person, Optional<String> ethnicity) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO person (id, household_id, member_no, full_name, sex, birth_year, ethnicity,
                                    citizen_group, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                person.id(), person.householdId(), person.memberNo(), person.fullName(), person.sex(),
                person.birthYear().isPresent() ? person.birthYear().getAsInt() : null, ethnicity,
                person.citizenGroup(), person.language().map(Language::tag));
    }

    public static void insert(Connection c, Phone phone, Instant registeredAt) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO phone (e164, household_id, person_id, registered_at, opted_out)
                VALUES (?, ?, ?, ?, ?)""",
                phone.e164(), phone.householdId(), phone.personId(), registeredAt, phone.optedOut());
    }

    public static void insert(Connection c, Card card, Instant issuedAt) throws SQLException {
        Jdbc.update(c, "INSERT INTO card (uid, person_id, issued_at) VALUES (?, ?, ?)",
                card.uid(), card.personId(), issuedAt);
    }

    /** The phone now belongs to {@code householdId} (and to no member in particular). */
    public static void movePhone(Connection c, String e164, String householdId, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE phone SET household_id = ?, person_id = NULL, registered_at = ? WHERE e164 = ?",
                householdId, at, e164);
    }

    /** Whether the phone gets messages (an opted-out phone's reports are still recorded). */
    public static void setOptedOut(Connection c, String e164, boolean optedOut) throws SQLException {
        Jdbc.update(c, "UPDATE phone SET opted_out = ? WHERE e164 = ?", optedOut, e164);
    }

    /** The language a person chose for themselves (on the kiosk), which their screens and messages use. */
    public static void setPersonLanguage(Connection c, String personId, Language language) throws SQLException {
        Jdbc.update(c, "UPDATE person SET language = ? WHERE id = ?", language.tag(), personId);
    }

    /** The language the household's messages are written in. */
    public static void setLanguage(Connection c, String householdId, Language language) throws SQLException {
        Jdbc.update(c, "UPDATE household SET language = ? WHERE id = ?", language.tag(), householdId);
    }

    public static Optional<Household> household(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM household WHERE id = ?", People::household, id);
    }

    public static Optional<Household> householdByCode(Connection c, String code) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM household WHERE code = ?", People::household, code);
    }

    public static Optional<Person> person(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM person WHERE id = ?", People::person, id);
    }

    public static List<Person> members(Connection c, String householdId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM person WHERE household_id = ? ORDER BY member_no",
                People::person, householdId);
    }

    /** Everyone living in the villages of the centre's commune, by name. */
    public static List<Person> learnersOfCentre(Connection c, String centreId) throws SQLException {
        return Jdbc.list(c, """
                SELECT p.* FROM person p
                JOIN household h ON h.id = p.household_id
                JOIN village v ON v.id = h.village_id
                JOIN centre ce ON ce.commune_id = v.commune_id
                WHERE ce.id = ?
                ORDER BY p.full_name, h.code, p.member_no""", People::person, centreId);
    }

    public static Optional<Phone> phone(Connection c, String e164) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM phone WHERE e164 = ?", People::phone, e164);
    }

    public static List<Phone> phonesOfHousehold(Connection c, String householdId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM phone WHERE household_id = ? ORDER BY e164", People::phone, householdId);
    }

    public static Optional<Person> personByCard(Connection c, String uid) throws SQLException {
        return Jdbc.one(c, "SELECT p.* FROM person p JOIN card k ON k.person_id = p.id WHERE k.uid = ?",
                People::person, uid);
    }

    private static Household household(ResultSet row) throws SQLException {
        return new Household(row.getString("id"), row.getString("code"), row.getString("village_id"),
                language(row.getString("language")));
    }

    private static Person person(ResultSet row) throws SQLException {
        return new Person(row.getString("id"), row.getString("household_id"), row.getInt("member_no"),
                row.getString("full_name"), enumValue(row, "sex", Sex.class), optionalInt(row, "birth_year"),
                optionalEnum(row, "citizen_group", CitizenGroup.class),
                optionalString(row, "language").flatMap(Language::fromTag));
    }

    private static Phone phone(ResultSet row) throws SQLException {
        return new Phone(row.getString("e164"), row.getString("household_id"), optionalString(row, "person_id"),
                row.getInt("opted_out") == 1);
    }

    private static Language language(String tag) {
        return Language.fromTag(tag).orElseThrow(() -> new IllegalStateException("unknown language " + tag));
    }
}
