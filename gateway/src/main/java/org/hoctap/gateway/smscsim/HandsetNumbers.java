package org.hoctap.gateway.smscsim;

import java.util.Optional;
import org.jsmpp.bean.TypeOfNumber;

/**
 * Handset numbers as the simulated operator sees them: E.164 ("+84912345678"). Takes the common
 * Vietnamese ways of writing one (0912 345 678, 84912345678, +84 912-345-678, 0084...). Deliberately
 * simple and separate from the gateway's own normalisation, which it exists to test.
 */
final class HandsetNumbers {
    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 15;

    private HandsetNumbers() {
    }

    /** E.164 form of a number typed by a person, or empty when it is not a phone number. */
    static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = input.strip().replaceAll("[\\s.()\\-]", "");
        boolean plus = s.startsWith("+");
        String digits = plus ? s.substring(1) : s;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (!plus && digits.startsWith("00")) {
            digits = digits.substring(2);
        } else if (!plus && digits.startsWith("0") && digits.length() >= 10) {
            digits = "84" + digits.substring(1); // national trunk prefix
        }
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || digits.startsWith("0")) {
            return Optional.empty();
        }
        return Optional.of("+" + digits);
    }

    /** The handset named by an SMPP address: international digits get their '+', others are normalised if possible. */
    static String fromSmpp(String address, byte ton) {
        String a = address == null ? "" : address.strip();
        if (ton == TypeOfNumber.INTERNATIONAL.value() && !a.isEmpty() && !a.startsWith("+")
                && a.chars().allMatch(Character::isDigit)) {
            return "+" + a;
        }
        return normalize(a).orElse(a);
    }
}
