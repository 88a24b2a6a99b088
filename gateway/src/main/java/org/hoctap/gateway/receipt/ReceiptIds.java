package org.hoctap.gateway.receipt;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The forms one SMSC message id takes. Operators acknowledge a submit_sm with an id in one form and
 * name it in the receipt in another: hexadecimal in one, decimal in the other, upper or lower case,
 * with or without leading zeros. Ids are compared in a normal form (lower case, no leading zeros,
 * as the outbound_segment index stores them) and each id stands for its hexadecimal and decimal readings.
 */
public final class ReceiptIds {
    private static final int MAX_NUMERIC_LENGTH = 40;

    private ReceiptIds() {
    }

    /** Lower case without leading zeros ("0" stays "0"), the form the database matches on. */
    public static String normal(String id) {
        String lower = id.strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length() - 1 && lower.charAt(i) == '0') {
            i++;
        }
        return lower.substring(i);
    }

    /** The normal forms that may name the same message: the id itself, and its hex↔decimal readings. */
    public static Set<String> candidates(String id) {
        String normal = normal(id);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(normal);
        if (normal.isEmpty() || normal.length() > MAX_NUMERIC_LENGTH) {
            return forms;
        }
        if (normal.chars().allMatch(Character::isDigit)) {
            forms.add(new BigInteger(normal).toString(16));
        }
        if (normal.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            forms.add(new BigInteger(normal, 16).toString());
        }
        return forms;
    }

    /** Whether two ids may name the same message. */
    public static boolean same(String a, String b) {
        Set<String> forms = candidates(a);
        return candidates(b).stream().anyMatch(forms::contains);
    }
}
