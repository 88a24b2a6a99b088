package org.hoctap.shared.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hoctap.shared.people.CitizenGroup;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.sample.Member.Role;
import org.hoctap.shared.text.Language;

/**
 * Makes the members of one household: a head, usually a spouse, the children still at home, and
 * sometimes a parent of the head. Ages fit the roles; 2 to 7 members.
 */
final class HouseholdBuilder {
    /** The year the sample describes; ages are counted in it. */
    static final int YEAR = 2025;
    private static final int MIN_MEMBERS = 2;
    private static final int MAX_MEMBERS = 7;
    private static final int ADULT = 18;
    private static final int LEFT_HOME = 30;

    private final SplittableRandom random;

    HouseholdBuilder(SplittableRandom random) {
        this.random = random;
    }

    List<Member> build(Ethnicity ethnicity, Language householdLanguage) {
        NamePool names = ethnicity.names();
        List<Member> members = new ArrayList<>();
        boolean femaleHead = Pick.chance(random, 0.08);
        Sex headSex = femaleHead ? Sex.F : Sex.M;
        int headAge = headAge();
        String family = names.family(random);
        members.add(person(Role.HEAD, names.fullName(random, family, headSex), headSex, headAge, ethnicity,
                Optional.empty()));

        // Children carry their father's family name; a woman heading a household is usually widowed.
        String childrenFamily = femaleHead ? names.familyOtherThan(random, family) : family;
        int motherAge = femaleHead ? headAge : headAge - Pick.between(random, -2, 6);
        if (!femaleHead && Pick.chance(random, 0.93)) {
            motherAge = Math.max(ADULT, motherAge);
            String wife = names.fullName(random, names.familyOtherThan(random, family), Sex.F);
            members.add(person(Role.SPOUSE, wife, Sex.F, motherAge, ethnicity, Optional.empty()));
        }
        addChildren(members, ethnicity, childrenFamily, motherAge);

        if (headAge <= 55 && Pick.chance(random, 0.3)) {
            Sex sex = Pick.chance(random, 0.65) ? Sex.F : Sex.M;
            String parentFamily = sex == Sex.M ? family : names.familyOtherThan(random, family);
            int age = Math.min(92, headAge + Pick.between(random, 20, 32));
            Optional<Language> ownLanguage = householdLanguage == Language.VI && ethnicity != Ethnicity.KINH
                    ? Optional.of(ethnicity.ownLanguage())
                    : Optional.empty();
            members.add(person(Role.PARENT, uniqueName(members, names, parentFamily, sex), sex, age, ethnicity,
                    ownLanguage));
        }
        if (members.size() < MIN_MEMBERS) {
            Sex sex = Pick.chance(random, 0.5) ? Sex.F : Sex.M;
            int age = Math.max(0, Math.min(headAge - 20, 25));
            members.add(person(Role.CHILD, uniqueName(members, names, childrenFamily, sex), sex, age, ethnicity,
                    Optional.empty()));
        }
        return members;
    }

    private int headAge() {
        return switch (Pick.weighted(random, 35, 40, 25)) {
            case 0 -> Pick.between(random, 22, 35);
            case 1 -> Pick.between(random, 36, 50);
            default -> Pick.between(random, 51, 70);
        };
    }

    /** Oldest first; those grown up have left; never more than the household can hold. */
    private void addChildren(List<Member> members, Ethnicity ethnicity, String family, int motherAge) {
        int wanted = ethnicity.children(random);
        int ageAtBirth = Pick.between(random, 18, 25);
        for (int i = 0; i < wanted && ageAtBirth <= 42; i++) {
            int age = motherAge - ageAtBirth;
            if (age < 0 || members.size() >= MAX_MEMBERS - 1) {
                break;
            }
            if (age <= LEFT_HOME) {
                Sex sex = Pick.chance(random, 0.5) ? Sex.F : Sex.M;
                members.add(person(Role.CHILD, uniqueName(members, ethnicity.names(), family, sex), sex, age,
                        ethnicity, Optional.empty()));
            }
            ageAtBirth += Pick.between(random, 1, 4);
        }
    }

    private Member person(Role role, String name, Sex sex, int age, Ethnicity ethnicity,
            Optional<Language> language) {
        return new Member(role, name, sex, YEAR - age, ethnicity, citizenGroup(age, ethnicity), language);
    }

    /** A name no other member of the household has, as a family would choose. */
    private String uniqueName(List<Member> members, NamePool names, String family, Sex sex) {
        String name;
        do {
            name = names.fullName(random, family, sex);
        } while (taken(members, name));
        return name;
    }

    private static boolean taken(List<Member> members, String name) {
        for (Member member : members) {
            if (member.fullName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private Optional<CitizenGroup> citizenGroup(int age, Ethnicity ethnicity) {
        if (age < ADULT) {
            return Optional.empty();
        }
        boolean kinh = ethnicity == Ethnicity.KINH;
        return Optional.of(switch (Pick.weighted(random, kinh ? 65 : 89, kinh ? 20 : 8, kinh ? 15 : 3)) {
            case 0 -> CitizenGroup.FARMER;
            case 1 -> CitizenGroup.WORKER;
            default -> CitizenGroup.OFFICIAL;
        });
    }
}
