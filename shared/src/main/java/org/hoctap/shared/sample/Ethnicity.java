package org.hoctap.shared.sample;

import java.util.SplittableRandom;
import org.hoctap.shared.text.Language;

/**
 * The peoples of the sample commune, as stored in {@code person.ethnicity}: how they name members,
 * which language their households mostly choose, and how many children a household tends to have.
 */
enum Ethnicity {
    KINH(KinhNames.POOL, Language.VI, 0.0, new int[] {10, 25, 45, 20}),
    THAI(ThaiNames.POOL, Language.BLT, 0.25, new int[] {5, 15, 30, 28, 15, 7}),
    HMONG(HmongNames.POOL, Language.HNJ, 0.2, new int[] {3, 8, 17, 25, 25, 15, 7});

    private final NamePool names;
    private final Language ownLanguage;
    private final double choosesVietnamese;
    private final int[] childrenWeights;

    Ethnicity(NamePool names, Language ownLanguage, double choosesVietnamese, int[] childrenWeights) {
        this.names = names;
        this.ownLanguage = ownLanguage;
        this.choosesVietnamese = choosesVietnamese;
        this.childrenWeights = childrenWeights;
    }

    NamePool names() {
        return names;
    }

    Language ownLanguage() {
        return ownLanguage;
    }

    /** The language a household of this people asks for: mostly its own, sometimes Vietnamese. */
    Language householdLanguage(SplittableRandom random) {
        return Pick.chance(random, choosesVietnamese) ? Language.VI : ownLanguage;
    }

    /** How many children the parents of a household have had (some may have left home). */
    int children(SplittableRandom random) {
        return Pick.weighted(random, childrenWeights);
    }
}
