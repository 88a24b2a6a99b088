package org.hoctap.shared.sample;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Unique card UIDs as the readers report them: four bytes, eight upper-case hex digits. */
final class CardUids {
    private final SplittableRandom random;
    private final Set<String> issued = new HashSet<>();

    CardUids(SplittableRandom random) {
        this.random = random;
    }

    String next() {
        while (true) {
            String uid = String.format(Locale.ROOT, "%08X", random.nextInt());
            if (issued.add(uid)) {
                return uid;
            }
        }
    }
}
