package org.hoctap.gateway.inbox;

import java.util.Collection;
import java.util.OptionalInt;

/**
 * The valid code nearest to a mistyped one, by numeric distance (ties go to the smaller code).
 * The SMS-language issue may replace this with keypad- or edit-distance.
 */
public final class ClosestCode {
    private ClosestCode() {
    }

    public static OptionalInt to(int code, Collection<Integer> valid) {
        Integer best = null;
        for (int candidate : valid) {
            if (best == null) {
                best = candidate;
                continue;
            }
            long distance = Math.abs((long) candidate - code);
            long bestDistance = Math.abs((long) best - code);
            if (distance < bestDistance || distance == bestDistance && candidate < best) {
                best = candidate;
            }
        }
        return best == null ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
