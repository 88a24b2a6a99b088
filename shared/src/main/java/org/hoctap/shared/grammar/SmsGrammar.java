package org.hoctap.shared.grammar;

import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.titles.TitleKind;

/**
 * Reads a household's SMS. After {@link SmsNormalizer} (so case, diacritics, đ, full-width or
 * other-script digits, zero-width characters and odd spaces do not matter), punctuation around the
 * message is dropped and an optional service keyword {@code HT} in front ({@code HT 12},
 * {@code ht12}) is ignored. Then:
 * <ul>
 *   <li>nothing at all, {@code ?}, or a help keyword ({@code HD}, {@code hướng dẫn}):
 *       {@link SmsCommand.Help};</li>
 *   <li>a command keyword, in any of its aliases ({@code grammar/keywords.properties}): register
 *       ({@code DK QC0042}, {@code dk qc-0042}, {@code Đăng ký QC 0042}; {@code DK QC0042 OK} to move
 *       a phone), progress ({@code KQ}), language ({@code NN VIET}, {@code NN THAI}, {@code NN MONG}),
 *       undo ({@code HUY}), stop ({@code TC}, {@code STOP}) and start again ({@code NL}), register
 *       for a title this year ({@code GDHT}: the household as a learning family; {@code CDHT} or
 *       {@code CDHT#2}: the phone's person or member 2 as a learning citizen);</li>
 *   <li>otherwise activity codes, as {@link ReportReader} reads them: {@code 12 13}, {@code 12,13},
 *       {@code 12x3}, {@code 12 3} (three times), {@code 12#2} (by member 2).</li>
 * </ul>
 * Anything else is {@link SmsCommand.Unparsed}, never a guess. Codes are not checked against the
 * catalogue here.
 */
public final class SmsGrammar {
    /** The largest count one message may report for one activity. */
    public static final int MAX_COUNT = 99;
    /** The largest member number on a household card. */
    public static final int MAX_MEMBER = 30;

    private static final String SERVICE_KEYWORD = "HT";
    private static final int MAX_HOUSEHOLD_CODE = 12;

    private SmsGrammar() {
    }

    public static SmsCommand parse(String text) {
        String normalised = SmsNormalizer.normalize(text == null ? "" : text);
        if (normalised.equals("?")) {
            return new SmsCommand.Help();
        }
        String body = withoutServiceKeyword(trimJunk(normalised));
        if (body.isEmpty()) {
            return new SmsCommand.Help();
        }
        Optional<Keywords.Found<Keyword>> keyword = Keywords.standard().command(body);
        if (keyword.isPresent()) {
            return command(keyword.get().what(), keyword.get().rest());
        }
        return ReportReader.read(body);
    }

    private static SmsCommand command(Keyword keyword, String rest) {
        return switch (keyword) {
            case REGISTER -> register(rest);
            case LANGUAGE -> language(rest);
            case HELP -> new SmsCommand.Help();
            case PROGRESS -> withNothingAfter(rest, new SmsCommand.Progress());
            case UNDO -> withNothingAfter(rest, new SmsCommand.Undo());
            case STOP -> withNothingAfter(rest, new SmsCommand.Stop());
            case START -> withNothingAfter(rest, new SmsCommand.Start());
            case FAMILY_TITLE -> withNothingAfter(rest, new SmsCommand.RegisterForTitle(TitleKind.FAMILY, OptionalInt.empty()));
            case CITIZEN_TITLE -> citizenTitle(rest);
        };
    }

    private static SmsCommand withNothingAfter(String rest, SmsCommand command) {
        return trimJunk(rest).isEmpty() ? command : new SmsCommand.Unparsed("unexpected after the keyword: " + rest);
    }

    /** {@code QC0042}, {@code QC-0042}, {@code QC 0042}, then perhaps OK. */
    private static SmsCommand register(String rest) {
        String code = trimJunk(rest);
        Optional<String> confirmation = Keywords.standard().confirmationAtEnd(code);
        boolean confirmed = confirmation.isPresent();
        if (confirmed) {
            code = trimJunk(code.substring(0, code.length() - confirmation.get().length()));
        }
        String compact = code.replaceAll("[ .\\-_/]", "");
        if (!compact.matches("[A-Z]{1,4}[0-9]{1,8}") || compact.length() > MAX_HOUSEHOLD_CODE) {
            return new SmsCommand.Unparsed("not a household code: '" + rest + "'");
        }
        return new SmsCommand.Register(compact, confirmed);
    }

    /** Nothing (the phone's own person) or {@code #2}, {@code # 2}, {@code 2}: the member. */
    private static SmsCommand citizenTitle(String rest) {
        String member = trimJunk(rest).replaceFirst("^#\\s*", "");
        if (member.isEmpty()) {
            return new SmsCommand.RegisterForTitle(TitleKind.CITIZEN, OptionalInt.empty());
        }
        if (!member.matches("[0-9]{1,2}") || Integer.parseInt(member) < 1 || Integer.parseInt(member) > MAX_MEMBER) {
            return new SmsCommand.Unparsed("not a member number: '" + rest + "'");
        }
        return new SmsCommand.RegisterForTitle(TitleKind.CITIZEN, OptionalInt.of(Integer.parseInt(member)));
    }

    private static SmsCommand language(String rest) {
        String name = trimJunk(rest);
        if (name.isEmpty()) {
            return new SmsCommand.ChooseLanguage(Optional.empty());
        }
        return Keywords.standard().language(name)
                .filter(found -> trimJunk(found.rest()).isEmpty())
                .<SmsCommand>map(found -> new SmsCommand.ChooseLanguage(Optional.of(found.what())))
                .orElseGet(() -> new SmsCommand.Unparsed("not a language: '" + rest + "'"));
    }

    private static String withoutServiceKeyword(String text) {
        if (!text.startsWith(SERVICE_KEYWORD)) {
            return text;
        }
        String rest = text.substring(SERVICE_KEYWORD.length());
        if (rest.isEmpty() || !Character.isLetter(rest.charAt(0))) {
            return trimJunk(rest);
        }
        return text; // a word that merely starts with "HT"
    }

    /** Without separators and punctuation at either end ({@code #} and digits stay). */
    private static String trimJunk(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isJunk(text.charAt(start))) {
            start++;
        }
        while (end > start && isJunk(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isJunk(char c) {
        return !Character.isLetterOrDigit(c) && c != '#';
    }
}
