package org.hoctap.gateway.titles.registration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;
import org.hoctap.shared.titles.TitleKind;

/** The registrations for titles: made once a year per registrant and title, never deleted. */
public final class Registrations {
    private static final String COLUMNS = """
            r.id, r.year, r.title, r.household_id, r.person_id, r.village_id, r.name, r.channel, r.registered_at,
            r.registered_by""";

    /** What registering did: a new registration, or the one already there. */
    public record Registered(TitleRegistration registration, boolean isNew) {
    }

    private Registrations() {
    }

    /** Registers {@code registrant} for {@code title} in {@code year}, or finds its registration of that year. */
    public static Registered register(Connection c, int year, TitleKind title, Registrant registrant,
            RegistrationChannel channel, Instant now, String by) throws SQLException {
        Optional<TitleRegistration> existing = find(c, year, title, registrant);
        if (existing.isPresent()) {
            return new Registered(existing.get(), false);
        }
        TitleRegistration registration = new TitleRegistration(Ids.newId(), year, title, registrant, channel, now, by);
        String household = registrant instanceof Registrant.Household h ? h.householdId() : null;
        String person = registrant instanceof Registrant.Person p ? p.personId() : null;
        String village = switch (registrant) {
            case Registrant.Village v -> v.villageId();
            case Registrant.NamedGroup g -> g.villageId();
            default -> null;
        };
        String name = registrant instanceof Registrant.NamedGroup g ? g.name() : null;
        Jdbc.update(c, """
                INSERT INTO title_registration (id, year, title, household_id, person_id, village_id, name, channel,
                    registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                registration.id(), year, title.name(), household, person, village, name, channel.name(), now, by);
        return new Registered(registration, true);
    }

    public static Optional<TitleRegistration> find(Connection c, int year, TitleKind title, Registrant registrant)
            throws SQLException {
        return switch (registrant) {
            case Registrant.Household h -> one(c, "r.household_id = ?", year, title, h.householdId());
            case Registrant.Person p -> one(c, "r.person_id = ?", year, title, p.personId());
            case Registrant.Village v -> one(c, "r.village_id = ? AND r.name IS NULL", year, title, v.villageId());
            case Registrant.NamedGroup g -> Jdbc.one(c, "SELECT " + COLUMNS
                    + " FROM title_registration r WHERE r.year = ? AND r.title = ? AND r.village_id = ? AND r.name = ?",
                    Registrations::registration, year, title.name(), g.villageId(), g.name());
        };
    }

    /** A village as a registration names it; several communes may have a village of the same name. */
    public record NamedVillage(String id, String communeId) {
    }

    /**
     * The villages {@code nameOrId} names: the one with that id, every village of that name, or, written
     * "village, commune", the villages of that name in that commune.
     */
    public static List<NamedVillage> villagesNamed(Connection c, String nameOrId) throws SQLException {
        List<NamedVillage> found = Jdbc.list(c, "SELECT id, commune_id FROM village WHERE id = ? OR name = ? ORDER BY id",
                row -> new NamedVillage(row.getString(1), row.getString(2)), nameOrId, nameOrId);
        int comma = nameOrId.lastIndexOf(',');
        if (!found.isEmpty() || comma < 0) {
            return found;
        }
        return Jdbc.list(c, """
                SELECT v.id, v.commune_id FROM village v JOIN admin_unit u ON u.id = v.commune_id
                WHERE v.name = ? AND u.name = ? ORDER BY v.id""", row -> new NamedVillage(row.getString(1),
                row.getString(2)), nameOrId.substring(0, comma).strip(), nameOrId.substring(comma + 1).strip());
    }

    public static Optional<TitleRegistration> byId(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM title_registration r WHERE r.id = ?", Registrations::registration,
                id);
    }

    /** A household's registrations of {@code year}: its own, and its members' as citizens. */
    public static List<TitleRegistration> ofHousehold(Connection c, String householdId, int year) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + """
                 FROM title_registration r LEFT JOIN person p ON p.id = r.person_id
                WHERE r.year = ? AND (r.household_id = ? OR p.household_id = ?) ORDER BY r.title, p.member_no""",
                Registrations::registration, year, householdId, householdId);
    }

    /** The registrations of {@code year} in {@code scope}'s communes, in their villages' and names' order. */
    public static List<TitleRegistration> inCommunes(Connection c, int year, CommuneScope scope) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + """
                 FROM title_registration r JOIN registration_place rp ON rp.registration_id = r.id
                JOIN village v ON v.id = rp.village_id
                LEFT JOIN person p ON p.id = r.person_id
                LEFT JOIN household h ON h.id = coalesce(r.household_id, p.household_id)
                WHERE r.year = ? AND\s""" + scope.sql("rp.commune_id") + " ORDER BY v.name, r.title, h.code, p.member_no, r.name",
                Registrations::registration, scope.params(List.of(year)));
    }

    /** The commune a registration belongs to, through its household's or its own village. */
    public static String communeOf(Connection c, TitleRegistration registration) throws SQLException {
        return Jdbc.one(c, "SELECT commune_id FROM registration_place WHERE registration_id = ?", row -> row.getString(1),
                registration.id())
                .orElseThrow(() -> new IllegalStateException("registration " + registration.id() + " has no village"));
    }

    private static Optional<TitleRegistration> one(Connection c, String where, int year, TitleKind title, String id)
            throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM title_registration r WHERE r.year = ? AND r.title = ? AND " + where,
                Registrations::registration, year, title.name(), id);
    }

    private static TitleRegistration registration(ResultSet row) throws SQLException {
        Registrant registrant;
        if (row.getString("household_id") != null) {
            registrant = new Registrant.Household(row.getString("household_id"));
        } else if (row.getString("person_id") != null) {
            registrant = new Registrant.Person(row.getString("person_id"));
        } else if (row.getString("name") != null) {
            registrant = new Registrant.NamedGroup(row.getString("village_id"), row.getString("name"));
        } else {
            registrant = new Registrant.Village(row.getString("village_id"));
        }
        return new TitleRegistration(row.getString("id"), row.getInt("year"),
                Rows.enumValue(row, "title", TitleKind.class), registrant,
                Rows.enumValue(row, "channel", RegistrationChannel.class), Rows.instant(row, "registered_at"),
                row.getString("registered_by"));
    }
}
