package org.hoctap.kiosk.roster;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.Card;
import org.hoctap.shared.people.CardUid;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;

/**
 * Staff enrol learners at the kiosk: a person into a household of the centre's commune (an existing
 * one, by its code, or a new one in one of its villages), and a card linked to a person.
 */
public final class Enrolment {
    private Enrolment() {
    }

    /** Who to enrol: into the household {@code householdCode}, or else a new household in {@code villageId}. */
    public record NewPerson(String fullName, Sex sex, OptionalInt birthYear, Optional<String> householdCode,
            Optional<String> villageId) {
    }

    /** What an enrolment or a card link came to. */
    public sealed interface Outcome {
        record Enrolled(Learner learner) implements Outcome {
        }

        record NoSuchHousehold() implements Outcome {
        }

        record NoSuchVillage() implements Outcome {
        }

        record NoSuchPerson() implements Outcome {
        }

        /** The card is someone else's: linking it again with {@code move} gives it to the new person. */
        record CardTaken(Learner holder) implements Outcome {
        }

        record CardLinked(Learner learner, CardUid card) implements Outcome {
        }
    }

    /** Enrols the person with the household's next member number; to run inside {@code db.write}. */
    public static Outcome enrol(Connection c, Centre centre, NewPerson who) throws SQLException {
        Household household;
        if (who.householdCode().isPresent()) {
            Optional<Household> found = People.householdByCode(c, who.householdCode().get().toUpperCase(Locale.ROOT));
            if (found.isEmpty() || !inCommune(c, centre, found.get().villageId())) {
                return new Outcome.NoSuchHousehold();
            }
            household = found.get();
        } else {
            if (who.villageId().isEmpty() || !inCommune(c, centre, who.villageId().get())) {
                return new Outcome.NoSuchVillage();
            }
            household = new Household(Ids.newId(), nextHouseholdCode(c, centre), who.villageId().get(), Language.VI);
            People.insert(c, household);
        }
        int memberNo = (int) Jdbc.count(c, "SELECT coalesce(max(member_no), 0) + 1 FROM person WHERE household_id = ?",
                household.id());
        Person person = new Person(Ids.newId(), household.id(), memberNo, who.fullName(), who.sex(), who.birthYear(),
                Optional.empty(), Optional.empty());
        People.insert(c, person, Optional.empty());
        return new Outcome.Enrolled(Learners.find(c, centre.id(), person.id()).orElseThrow());
    }

    /**
     * Links {@code card} to the person; a card of someone else is only moved when {@code move} says so.
     * To run inside {@code db.write}.
     */
    public static Outcome linkCard(Connection c, Centre centre, String personId, CardUid card, boolean move,
            Instant now) throws SQLException {
        Optional<Learner> learner = Learners.find(c, centre.id(), personId);
        if (learner.isEmpty()) {
            return new Outcome.NoSuchPerson();
        }
        Optional<Person> holder = People.personByCard(c, card.hex());
        if (holder.isPresent() && holder.get().id().equals(personId)) {
            return new Outcome.CardLinked(learner.get(), card);
        }
        if (holder.isPresent()) {
            if (!move) {
                Optional<Learner> other = Learners.find(c, centre.id(), holder.get().id());
                return new Outcome.CardTaken(other.orElse(new Learner(holder.get().id(), holder.get().fullName(),
                        "", "", holder.get().memberNo())));
            }
            Jdbc.update(c, "DELETE FROM card WHERE uid = ?", card.hex());
        }
        People.insert(c, new Card(card.hex(), personId), now);
        return new Outcome.CardLinked(learner.get(), card);
    }

    private static boolean inCommune(Connection c, Centre centre, String villageId) throws SQLException {
        return Places.villagesOfCentre(c, centre.id()).stream().anyMatch(v -> v.id().equals(villageId));
    }

    /** The centre's code and the next free number after its households', e.g. {@code QC0043}. */
    private static String nextHouseholdCode(Connection c, Centre centre) throws SQLException {
        String prefix = centre.code().toUpperCase(Locale.ROOT);
        long next = Jdbc.count(c, """
                SELECT coalesce(max(CAST(substr(code, ?) AS INTEGER)), 0) + 1 FROM household
                WHERE code GLOB ? || '[0-9]*'""", prefix.length() + 1, prefix);
        return prefix + String.format(Locale.ROOT, "%04d", next);
    }
}
