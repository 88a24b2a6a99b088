package org.hoctap.shared.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Phone numbers as they are stored: E.164 ({@code +84912345678}). Vietnamese numbers are read in
 * every common form; numbers of other countries only with their country code.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String VN = "VN";
    private static final String UNKNOWN_REGION = "ZZ";
    /** Senders repeat: normalising the same text again is the cost of a full libphonenumber parse. */
    private static final int CACHE_SIZE = 10_000;
    private static final Map<String, Optional<String>> CACHE = new ConcurrentHashMap<>();
    private static final String VN_CODE = "84";
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** Longer than any number with its international prefix (E.164 allows 15 digits). */
    private static final int MAX_DIGITS = 20;

    private PhoneNumbers() {
    }

    /**
     * The E.164 form of {@code input}, or empty if it is not a valid number.
     *
     * <p>Accepted: {@code 0912345678}, {@code 84912345678}, {@code +84 912 345 678},
     * {@code 0084912345678}, {@code +84 (0) 912…}, the number without its trunk 0 as spreadsheets keep it
     * ({@code 912345678}); spaces, dots, dashes, slashes and parentheses anywhere; digits of any
     * script (full-width too); the pre-2018 11-digit mobile numbers ({@code 01695678945}), remapped per
     * Decision 798/QĐ-BTTTT; a foreign number after {@code +} or {@code 00}. Anything else, letters
     * included, is empty. Vietnamese numbers are then checked with libphonenumber for region VN.
     */
    public static Optional<String> toE164(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Optional<String> known = CACHE.get(input);
        if (known != null) {
            return known;
        }
        if (CACHE.size() >= CACHE_SIZE) {
            CACHE.clear();
        }
        Optional<String> normalised = normalise(input);
        CACHE.put(input, normalised);
        return normalised;
    }

    private static Optional<String> normalise(String input) {
        String text = Normalizer.normalize(input, Normalizer.Form.NFKC);
        StringBuilder digits = new StringBuilder(text.length());
        boolean plus = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                digits.append(Character.digit(cp, 10));
            } else if (cp == '+' && digits.isEmpty() && !plus) {
                plus = true;
            } else if (!isSeparator(cp)) {
                return Optional.empty();
            }
        }
        if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        return plus ? international(digits.toString()) : dialled(digits.toString());
    }

    /**
     * The number for a log line: country code, the first two national digits and the last two, the
     * rest as stars ({@code +84912345678} → {@code +8491*****78}). Something that is not E.164 keeps
     * only its last two characters. Never throws.
     */
    public static String masked(String e164) {
        if (e164 == null) {
            return "(none)";
        }
        Optional<String> code = E164.matcher(e164).matches() ? countryCode(e164.substring(1)) : Optional.empty();
        if (code.isPresent()) {
            String national = e164.substring(1 + code.get().length());
            if (national.length() >= 7) {
                return "+" + code.get() + national.substring(0, 2) + stars(national.length() - 4)
                        + national.substring(national.length() - 2);
            }
            return "+" + code.get() + stars(national.length());
        }
        return e164.length() <= 2 ? stars(e164.length())
                : stars(e164.length() - 2) + e164.substring(e164.length() - 2);
    }

    /**
     * The country calling code {@code digits} start with. Codes are prefix-free, so the first of one,
     * two or three digits that names a country is the one (a map lookup: cheap enough for every log line).
     */
    private static Optional<String> countryCode(String digits) {
        for (int length = 1; length <= 3 && length < digits.length(); length++) {
            String code = digits.substring(0, length);
            if (!UNKNOWN_REGION.equals(UTIL.getRegionCodeForCountryCode(Integer.parseInt(code)))) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #masked} for a log argument: masks only if the line is actually written (SLF4J calls
     * {@code toString} then), so a disabled log level costs nothing on a hot path.
     */
    public static Object maskedForLog(String e164) {
        return new Object() {
            @Override
            public String toString() {
                return masked(e164);
            }
        };
    }

    /** After a '+': a country code and a number. */
    private static Optional<String> international(String digits) {
        if (digits.startsWith(VN_CODE)) {
            return vietnamese(withoutOneZero(digits.substring(VN_CODE.length())));
        }
        return foreign(digits);
    }

    /** Without a '+': as dialled in Vietnam, or a country code without its '+'. */
    private static Optional<String> dialled(String digits) {
        if (digits.startsWith("00")) {
            return international(digits.substring(2));
        }
        if (digits.startsWith("0")) {
            return vietnamese(digits.substring(1));
        }
        // National numbers without the trunk 0 have at most 10 digits, so a longer one starting
        // with 84 carries the country code (as SMSCs send it).
        if (digits.startsWith(VN_CODE) && digits.length() > 10) {
            return vietnamese(withoutOneZero(digits.substring(VN_CODE.length())));
        }
        return vietnamese(digits);
    }

    /** People write "+84 (0) 912…" or "+840912…": the trunk 0 does not belong after the country code. */
    private static String withoutOneZero(String national) {
        return national.startsWith("0") ? national.substring(1) : national;
    }

    /** A Vietnamese national number without its trunk 0. */
    private static Optional<String> vietnamese(String national) {
        String withTrunk = "0" + national;
        if (withTrunk.length() == 11 && withTrunk.startsWith("01")) {
            Optional<String> remapped = OldMobilePrefixes.remap(withTrunk);
            if (remapped.isEmpty()) {
                return Optional.empty();
            }
            withTrunk = remapped.get();
        }
        try {
            PhoneNumber number = UTIL.parse(withTrunk, VN);
            return UTIL.isValidNumberForRegion(number, VN) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> foreign(String digits) {
        try {
            PhoneNumber number = UTIL.parse("+" + digits, "ZZ");
            return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isSeparator(int cp) {
        return cp == '.' || cp == '(' || cp == ')' || cp == '/' || cp == '-'
                || Character.getType(cp) == Character.DASH_PUNCTUATION
                || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp >= 0x200B && cp <= 0x200D || cp == 0x2060 || cp == 0xFEFF;
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(0, n));
    }
}
