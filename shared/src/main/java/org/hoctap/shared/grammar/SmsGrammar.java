package org.hoctap.shared.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a household's SMS. This is the first, minimal grammar; the full one (register, undo,
 * progress, language, opt-out, word aliases in vi/blt/hnj, documented in the README) comes with the
 * SMS-language issue and replaces the body of {@link #parse} without changing {@link SmsCommand}'s
 * existing cases.
 *
 * <p>What it accepts, after {@link SmsNormalizer} (so case, full-width or other-script digits,
 * zero-width characters and odd spaces do not matter):
 * <ul>
 *   <li>nothing at all, {@code HD} or {@code ?}: {@link SmsCommand.Help};</li>
 *   <li>activity codes separated by spaces or any of {@code , ; . + / &}: {@code 12}, {@code 12 13},
 *       {@code 12,13}; each code may carry a count, {@code 12x3}, {@code 12 X 3}, {@code 12*3},
 *       {@code 12×3} (1 to {@value #MAX_COUNT}); the same code twice adds up;</li>
 *   <li>two-digit codes written together without a space, {@code 1213}, read as {@code 12 13}
 *       (codes have two digits; a run of odd length is read as one number and will be answered as
 *       an unknown code);</li>
 *   <li>an optional leading keyword {@code HT}, with or without a space: {@code HT 12}, {@code ht12}.</li>
 * </ul>
 * Anything else is {@link SmsCommand.Unparsed}, never a guess. Codes are not checked against the
 * catalogue here.
 */
public final class SmsGrammar {
    /** The largest count one message may report for one activity. */
    public static final int MAX_COUNT = 99;

    private static final String KEYWORD = "HT";
    private static final Set<String> HELP = Set.of("", "HD", "?");
    private static final String SEPARATORS = " ,;.+/&";
    private static final String TIMES = "X*×";
    private static final int MAX_RUN = 8;

    private SmsGrammar() {
    }

    public static SmsCommand parse(String text) {
        String body = withoutKeyword(SmsNormalizer.normalize(text == null ? "" : text));
        if (HELP.contains(body)) {
            return new SmsCommand.Help();
        }
        return new Scanner(body).report();
    }

    private static String withoutKeyword(String text) {
        if (!text.startsWith(KEYWORD)) {
            return text;
        }
        String rest = text.substring(KEYWORD.length());
        if (rest.isEmpty() || Character.isDigit(rest.charAt(0)) || isSeparator(rest.charAt(0))
                || rest.charAt(0) == ':') {
            return strip(rest.startsWith(":") ? rest.substring(1) : rest);
        }
        return text; // a word that merely starts with "HT"
    }

    private static String strip(String s) {
        int start = 0;
        while (start < s.length() && isSeparator(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    private static boolean isSeparator(char c) {
        return SEPARATORS.indexOf(c) >= 0;
    }

    /** A single pass over the normalised body. */
    private static final class Scanner {
        private final String s;
        private int pos;
        private final Map<Integer, Integer> counts = new LinkedHashMap<>();

        Scanner(String s) {
            this.s = s;
        }

        SmsCommand report() {
            while (true) {
                skipSeparators();
                if (pos >= s.length()) {
                    break;
                }
                if (!Character.isDigit(s.charAt(pos))) {
                    return unexpected();
                }
                String run = digits();
                int count = 1;
                int afterRun = pos;
                skipSpaces();
                if (pos < s.length() && TIMES.indexOf(s.charAt(pos)) >= 0) {
                    pos++;
                    skipSpaces();
                    if (pos >= s.length() || !Character.isDigit(s.charAt(pos))) {
                        return new SmsCommand.Unparsed("a count must follow '" + s.charAt(pos - 1) + "'");
                    }
                    String countText = digits();
                    count = countText.length() > 2 ? 0 : Integer.parseInt(countText);
                    if (count < 1 || count > MAX_COUNT) {
                        return new SmsCommand.Unparsed("count out of range: " + countText);
                    }
                } else {
                    pos = afterRun;
                }
                if (pos < s.length() && !isSeparator(s.charAt(pos))) {
                    return unexpected();
                }
                List<Integer> codes = codes(run);
                if (codes.isEmpty()) {
                    return new SmsCommand.Unparsed("number too long: " + run);
                }
                if (codes.size() > 1 && count > 1) {
                    return new SmsCommand.Unparsed("a count after codes written together: " + run);
                }
                for (int code : codes) {
                    int total = counts.merge(code, count, Integer::sum);
                    if (total > MAX_COUNT) {
                        return new SmsCommand.Unparsed("count out of range for " + code + ": " + total);
                    }
                }
            }
            List<ReportedActivity> activities = new ArrayList<>();
            counts.forEach((code, count) -> activities.add(new ReportedActivity(code, count)));
            return activities.isEmpty() ? new SmsCommand.Help() : new SmsCommand.Report(activities);
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
}
