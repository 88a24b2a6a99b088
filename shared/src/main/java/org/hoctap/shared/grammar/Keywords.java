package org.hoctap.shared.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.hoctap.shared.text.Language;

/**
 * The keyword aliases of {@code grammar/keywords.properties}, normalised as messages are, and how to
 * find one at the start of a message: the longest alias that is followed by nothing, a space, a digit
 * or punctuation (so {@code KQ} is a keyword in "KQ" and "kq?", not in "KQX").
 */
final class Keywords {
    private static final String RESOURCE = "/grammar/keywords.properties";
    private static final Keywords DEFAULT = load();

    /** A keyword found: which command, and the text after it (trimmed). */
    record Found<T>(T what, String rest) {
    }

    private record Alias<T>(String text, T what) {
    }

    private final List<Alias<Keyword>> commands;
    private final List<Alias<Language>> languageNames;
    private final List<String> confirmations;

    private Keywords(List<Alias<Keyword>> commands, List<Alias<Language>> languageNames, List<String> confirmations) {
        this.commands = commands;
        this.languageNames = languageNames;
        this.confirmations = confirmations;
    }

    static Keywords standard() {
        return DEFAULT;
    }

    /** The command keyword {@code text} (normalised) starts with. */
    Optional<Found<Keyword>> command(String text) {
        return find(commands, text);
    }

    /** The language {@code text} (normalised) names at its start. */
    Optional<Found<Language>> language(String text) {
        return find(languageNames, text);
    }

    /** The confirmation (such as OK) {@code text} (normalised) ends with, as a word of its own. */
    Optional<String> confirmationAtEnd(String text) {
        return confirmations.stream()
                .filter(c -> text.endsWith(c) && text.length() > c.length()
                        && !Character.isLetterOrDigit(text.charAt(text.length() - c.length() - 1)))
                .findFirst();
    }

    private static <T> Optional<Found<T>> find(List<Alias<T>> aliases, String text) {
        for (Alias<T> alias : aliases) {
            if (text.startsWith(alias.text()) && endsWord(text, alias.text().length())) {
                return Optional.of(new Found<>(alias.what(), text.substring(alias.text().length()).strip()));
            }
        }
        return Optional.empty();
    }

    private static boolean endsWord(String text, int at) {
        return at == text.length() || !Character.isLetter(text.charAt(at));
    }

    private static Keywords load() {
        Properties file = new Properties();
        try (InputStream in = Keywords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        List<Alias<Keyword>> commands = new ArrayList<>();
        for (Keyword keyword : Keyword.values()) {
            for (String key : List.of(keyword.key(), keyword.key() + ".blt", keyword.key() + ".hnj")) {
                aliases(file, key).forEach(a -> commands.add(new Alias<>(a, keyword)));
            }
            if (commands.stream().noneMatch(a -> a.what() == keyword)) {
                throw new IllegalStateException(RESOURCE + " has no alias for " + keyword.key());
            }
        }
        List<Alias<Language>> languageNames = new ArrayList<>();
        for (Language language : Language.values()) {
            aliases(file, "name." + language.tag()).forEach(a -> languageNames.add(new Alias<>(a, language)));
        }
        Comparator<Alias<?>> longestFirst = Comparator.comparingInt(a -> -a.text().length());
        commands.sort(longestFirst);
        languageNames.sort(longestFirst);
        List<String> confirmations = new ArrayList<>(aliases(file, "confirm"));
        confirmations.sort(Comparator.comparingInt(c -> -c.length()));
        return new Keywords(List.copyOf(commands), List.copyOf(languageNames), List.copyOf(confirmations));
    }

    private static List<String> aliases(Properties file, String key) {
        String value = file.getProperty(key, "");
        List<String> aliases = new ArrayList<>();
        for (String alias : value.split(",")) {
            String normalised = SmsNormalizer.normalize(alias);
            if (!normalised.isEmpty()) {
                aliases.add(normalised);
            }
        }
        return aliases;
    }
}
