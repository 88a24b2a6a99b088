package org.hoctap.gateway.inbox;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The valid codes a mistyped one most likely meant, for "did you mean 12 or 13?": a typo usually
 * keeps the first digit, so codes with the same first digit come first, then codes by numeric
 * distance (ties to the smaller code).
 */
public final class ClosestCode {
    private ClosestCode() {
    }

    /** Up to {@code most} valid codes, the likeliest first; empty for an empty catalogue. */
    public static List<Integer> to(int code, Collection<Integer> valid, int most) {
        int tens = code / 10;
        return valid.stream()
                .sorted(Comparator.<Integer>comparingInt(candidate -> candidate / 10 == tens ? 0 : 1)
                        .thenComparingLong(candidate -> Math.abs((long) candidate - code))
                        .thenComparingInt(candidate -> candidate))
                .limit(most)
                .toList();
    }
}
