package org.hoctap.shared.people;

import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.text.Language;

/**
 * A member of a household. {@code memberNo} is printed on the household card. Ethnicity is
 * sensitive personal data and is not part of this record: read it only where a feature needs it.
 */
public record Person(
        String id,
        String householdId,
        int memberNo,
        String fullName,
        Sex sex,
        OptionalInt birthYear,
        Optional<CitizenGroup> citizenGroup,
        Optional<Language> language) {
}
