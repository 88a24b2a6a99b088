package org.hoctap.shared.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the activity codes of a normalised message in one pass. Each item is a code, then perhaps a
 * count ({@code x3}, {@code *3}, {@code ×3}, or a single digit on its own: codes always have two
 * digits), then perhaps a member ({@code #2}); items are separated by spaces or any of
 * {@code , ; . + / & -}. Two-digit codes written together ({@code 1213}) are read one by one. The
 * same code for the same member twice adds up.
 */
final class ReportReader {
    private static final String SEPARATORS = " ,;.+/&-";
    private static final String TIMES = "X*×";
    private static final char MEMBER = '#';
    private static final int MAX_RUN = 8;

    private record Key(int code, OptionalInt member) {
    }

    private final String s;
    private final Map<Key, Integer> counts = new LinkedHashMap<>();
    private int pos;

    private ReportReader(String s) {
        this.s = s;
    }

    /** The report in {@code text} (normalised, without keyword); Help when it holds no code at all. */
    static SmsCommand read(String text) {
        return new ReportReader(text).report();
    }

    static boolean isSeparator(char c) {
        return SEPARATORS.indexOf(c) >= 0;
    }

    private SmsCommand report() {
        while (true) {
            skipSeparators();
            if (pos >= s.length()) {
                break;
            }
            if (!Character.isDigit(s.charAt(pos))) {
                return unexpected();
            }
            String run = digits();
            List<Integer> codes = codes(run);
            if (codes.isEmpty()) {
                return new SmsCommand.Unparsed("number too long: " + run);
            }
            int count;
            try {
                count = count(run.length() >= 2);
            } catch (IllegalArgumentException e) {
                return new SmsCommand.Unparsed(e.getMessage());
            }
            if (codes.size() > 1 && count > 1) {
                return new SmsCommand.Unparsed("a count after codes written together: " + run);
            }
            OptionalInt member;
            try {
                member = member();
            } catch (IllegalArgumentException e) {
                return new SmsCommand.Unparsed(e.getMessage());
            }
            if (pos < s.length() && !isSeparator(s.charAt(pos))) {
                return unexpected();
            }
            for (int code : codes) {
                int total = counts.merge(new Key(code, member), count, Integer::sum);
                if (total > SmsGrammar.MAX_COUNT) {
                    return new SmsCommand.Unparsed("count out of range for " + code + ": " + total);
                }
            }
        }
        List<ReportedActivity> activities = new ArrayList<>();
        counts.forEach((key, count) -> activities.add(new ReportedActivity(key.code(), count, key.member())));
        return activities.isEmpty() ? new SmsCommand.Help() : new SmsCommand.Report(activities);
    }

    /**
     * The count after a code: {@code x3} and the like, or (after a real two-digit code) a lone single
     * digit; 1 when there is none. Leaves {@code pos} after the count, or where it was.
     */
    private int count(boolean afterCode) {
        int start = pos;
        skipSpaces();
        if (pos < s.length() && TIMES.indexOf(s.charAt(pos)) >= 0) {
            pos++;
            skipSpaces();
            if (pos >= s.length() || !Character.isDigit(s.charAt(pos))) {
                throw new IllegalArgumentException("a count must follow '" + s.charAt(pos - 1) + "'");
            }
            return checked(digits());
        }
        if (afterCode) {
            skipSeparators();
            int digitStart = pos;
            String lone = digits();
            if (lone.length() == 1 && (pos >= s.length() || isSeparator(s.charAt(pos)) || s.charAt(pos) == MEMBER)) {
                return checked(lone);
            }
            pos = digitStart;
        }
        pos = start;
        return 1;
    }

    private static int checked(String countText) {
        int count = countText.length() > 2 ? 0 : Integer.parseInt(countText);
        if (count < 1 || count > SmsGrammar.MAX_COUNT) {
            throw new IllegalArgumentException("count out of range: " + countText);
        }
        return count;
    }

    /** {@code #2} after a code or its count: the member; empty when there is none. */
    private OptionalInt member() {
        int start = pos;
        skipSpaces();
        if (pos >= s.length() || s.charAt(pos) != MEMBER) {
            pos = start;
            return OptionalInt.empty();
        }
        pos++;
        skipSpaces();
        String number = digits();
        if (number.isEmpty() || number.length() > 2 || Integer.parseInt(number) < 1
                || Integer.parseInt(number) > SmsGrammar.MAX_MEMBER) {
            throw new IllegalArgumentException("a member number (1 to " + SmsGrammar.MAX_MEMBER
                    + ") must follow '#': '" + number + "'");
        }
        return OptionalInt.of(Integer.parseInt(number));
    }

    /** A run of two-digit codes written together, or one number; empty when it is too long. */
    private static List<Integer> codes(String run) {
        if (run.length() > MAX_RUN) {
            return List.of();
        }
        List<Integer> codes = new ArrayList<>();
        if (run.length() > 2 && run.length() % 2 == 0) {
            for (int i = 0; i < run.length(); i += 2) {
                codes.add(Integer.parseInt(run.substring(i, i + 2)));
            }
        } else {
            codes.add(Integer.parseInt(run));
        }
        return codes;
    }

    private String digits() {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private void skipSeparators() {
        while (pos < s.length() && isSeparator(s.charAt(pos))) {
            pos++;
        }
    }

    private void skipSpaces() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    private SmsCommand unexpected() {
        int end = pos;
        while (end < s.length() && !isSeparator(s.charAt(end))) {
            end++;
        }
        return new SmsCommand.Unparsed("not a code: '" + s.substring(pos, end) + "'");
    }
}
