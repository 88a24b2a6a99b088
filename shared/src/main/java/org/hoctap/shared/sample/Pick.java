package org.hoctap.shared.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Random choices for the sample generator. */
final class Pick {
    private Pick() {
    }

    static <T> T any(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * An item from a list ordered from most to least common: the first items come up far more often
     * ({@code skew} 1 is uniform; 3 gives the first of ten items about 46% of the time).
     */
    static <T> T common(SplittableRandom random, List<T> items, double skew) {
        int index = (int) (items.size() * Math.pow(random.nextDouble(), skew));
        return items.get(Math.min(index, items.size() - 1));
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    /** An index drawn with the given relative weights. */
    static int weighted(SplittableRandom random, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    /** A whole number in {@code [from, to]}. */
    static int between(SplittableRandom random, int from, int to) {
        return random.nextInt(from, to + 1);
    }
}
