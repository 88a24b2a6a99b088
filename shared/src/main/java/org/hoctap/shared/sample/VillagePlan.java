package org.hoctap.shared.sample;

import java.util.SplittableRandom;

/** A sample village: its name, how many households it has, and its mix of peoples (weights). */
record VillagePlan(String name, int households, int kinh, int thai, int hmong) {

    Ethnicity ethnicityOfNextHousehold(SplittableRandom random) {
        return Ethnicity.values()[Pick.weighted(random, kinh, thai, hmong)];
    }
}
