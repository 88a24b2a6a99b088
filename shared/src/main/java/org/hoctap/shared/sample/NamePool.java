package org.hoctap.shared.sample;

import java.util.List;
import java.util.SplittableRandom;
import org.hoctap.shared.people.Sex;

/**
 * How one people names its members: family name, middle name by sex, given name by sex. Every list
 * is ordered from the most to the least common.
 */
record NamePool(
        List<String> families,
        List<String> maleMiddles,
        List<String> femaleMiddles,
        List<String> maleGiven,
        List<String> femaleGiven) {

    String family(SplittableRandom random) {
        return Pick.common(random, families, 2.0);
    }

    /** A family name other than {@code not}: spouses come from another family (clan, for the Hmong). */
    String familyOtherThan(SplittableRandom random, String not) {
        String family;
        do {
            family = family(random);
        } while (family.equals(not));
        return family;
    }

    String fullName(SplittableRandom random, String family, Sex sex) {
        String middle = Pick.common(random, sex == Sex.M ? maleMiddles : femaleMiddles, 2.5);
        String given = Pick.common(random, sex == Sex.M ? maleGiven : femaleGiven, 1.3);
        return family + " " + middle + " " + given;
    }
}
