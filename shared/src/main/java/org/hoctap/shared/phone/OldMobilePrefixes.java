package org.hoctap.shared.phone;

import java.util.Map;
import java.util.Optional;

/**
 * The 11-digit mobile numbers (01xx…) that Decision 798/QĐ-BTTTT (25 May 2018) cut to 10 digits
 * between 15 September 2018 and 30 June 2019: the four-digit prefix is replaced, the last seven
 * digits are kept (01695678945 → 0395678945).
 */
final class OldMobilePrefixes {
    /** Old prefix → new prefix, both with the trunk 0. */
    private static final Map<String, String> NEW_PREFIX = Map.ofEntries(
            // MobiFone
            Map.entry("0120", "070"), Map.entry("0121", "079"), Map.entry("0122", "077"),
            Map.entry("0126", "076"), Map.entry("0128", "078"),
            // VinaPhone
            Map.entry("0123", "083"), Map.entry("0124", "084"), Map.entry("0125", "085"),
            Map.entry("0127", "081"), Map.entry("0129", "082"),
            // Viettel
            Map.entry("0162", "032"), Map.entry("0163", "033"), Map.entry("0164", "034"),
            Map.entry("0165", "035"), Map.entry("0166", "036"), Map.entry("0167", "037"),
            Map.entry("0168", "038"), Map.entry("0169", "039"),
            // Vietnamobile
            Map.entry("0186", "056"), Map.entry("0188", "058"),
            // Gmobile
            Map.entry("0199", "059"));

    private OldMobilePrefixes() {
    }

    /**
     * The 10-digit form of an 11-digit national number with the trunk 0 (e.g. 01695678945), or empty
     * if its prefix was never a mobile prefix.
     */
    static Optional<String> remap(String national11) {
        if (national11.length() != 11) {
            return Optional.empty();
        }
        String replacement = NEW_PREFIX.get(national11.substring(0, 4));
        return replacement == null ? Optional.empty() : Optional.of(replacement + national11.substring(4));
    }
}
