package org.hoctap.shared.sample;

import java.util.Optional;
import org.hoctap.shared.people.CitizenGroup;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.text.Language;

/** One generated member of a sample household, before it gets an id. */
record Member(
        Role role,
        String fullName,
        Sex sex,
        int birthYear,
        Ethnicity ethnicity,
        Optional<CitizenGroup> citizenGroup,
        Optional<Language> language) {

    enum Role {
        HEAD, SPOUSE, CHILD, PARENT
    }

    int ageIn(int year) {
        return year - birthYear;
    }
}
