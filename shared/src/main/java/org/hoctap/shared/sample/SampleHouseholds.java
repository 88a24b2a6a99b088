package org.hoctap.shared.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.hoctap.shared.people.Card;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.places.Village;
import org.hoctap.shared.text.Language;

/** Writes the households of the sample villages with their members, phones and cards. */
final class SampleHouseholds {
    private static final Instant PHONES_FROM = Instant.parse("2025-09-01T01:00:00Z");
    private static final Instant CARDS_FROM = Instant.parse("2025-10-01T01:00:00Z");
    private static final int CARD_AGE = 15;

    private final Connection c;
    private final SplittableRandom random;
    private final SampleIds ids;
    private final HouseholdBuilder builder;
    private final MobileNumbers numbers;
    private final CardUids uids;
    private int households;

    SampleHouseholds(Connection c, SplittableRandom random, SampleIds ids) {
        this.c = c;
        this.random = random;
        this.ids = ids;
        this.builder = new HouseholdBuilder(random.split());
        this.numbers = new MobileNumbers(random.split());
        this.uids = new CardUids(random.split());
    }

    void insert(Village village, VillagePlan plan) throws SQLException {
        for (int i = 0; i < plan.households(); i++) {
            Ethnicity ethnicity = plan.ethnicityOfNextHousehold(random);
            Language language = ethnicity.householdLanguage(random);
            String code = SampleCommune.HOUSEHOLD_PREFIX + String.format(Locale.ROOT, "%04d", ++households);
            Household household = new Household(ids.next(), code, village.id(), language);
            People.insert(c, household);
            List<Person> persons = new ArrayList<>();
            List<Member> members = builder.build(ethnicity, language);
            for (Member m : members) {
                Person person = new Person(ids.next(), household.id(), persons.size() + 1, m.fullName(), m.sex(),
                        OptionalInt.of(m.birthYear()), m.citizenGroup(), m.language());
                People.insert(c, person, Optional.of(m.ethnicity().name()));
                persons.add(person);
            }
            insertPhones(household, persons);
            insertCards(persons);
        }
    }

    /** Most households have one phone, some two, a few none; some phones are one member's own. */
    private void insertPhones(Household household, List<Person> persons) throws SQLException {
        int count = Pick.weighted(random, 8, 80, 12);
        for (int n = 0; n < count; n++) {
            Optional<String> owner = Optional.empty();
            if (n == 0 && Pick.chance(random, 0.4)) {
                owner = Optional.of(persons.get(0).id());
            } else if (n == 1) {
                owner = persons.stream().skip(1).filter(this::adult).findFirst().map(Person::id);
            }
            Phone phone = new Phone(numbers.next(), household.id(), owner, Pick.chance(random, 0.02));
            People.insert(c, phone, PHONES_FROM.plus(Duration.ofMinutes(random.nextInt(30 * 24 * 60))));
        }
    }

    /** About 60% of those aged 15 and over have a check-in card. */
    private void insertCards(List<Person> persons) throws SQLException {
        for (Person person : persons) {
            if (HouseholdBuilder.YEAR - person.birthYear().orElseThrow() >= CARD_AGE && Pick.chance(random, 0.6)) {
                People.insert(c, new Card(uids.next(), person.id()),
                        CARDS_FROM.plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60))));
            }
        }
    }

    private boolean adult(Person person) {
        return person.citizenGroup().isPresent();
    }
}
