package org.hoctap.gateway.titles.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hoctap.shared.titles.TitleKind;

/**
 * The rule sets in force: those shipped with hoctap (under {@code rules/} in the jar, listed in
 * {@code rules/shipped.txt}) and an administrator's files in a folder ({@code <data-dir>/rules/*.json}),
 * where a file with a shipped set's id replaces it. For a title and a year the set that covers the
 * year and starts latest applies.
 */
public final class RuleSets {
    private static final String SHIPPED = "/rules/";

    private final List<RuleSet> all;
    private final List<RuleSetException> leftOut;

    private RuleSets(List<RuleSet> all, List<RuleSetException> leftOut) {
        this.all = List.copyOf(all);
        this.leftOut = List.copyOf(leftOut);
    }

    /** The shipped rule sets only. */
    public static RuleSets shipped() {
        return new RuleSets(List.copyOf(readShipped().values()), List.of());
    }

    /**
     * The shipped rule sets with the administrator's files in {@code folder} (which may not exist) over them.
     *
     * @throws RuleSetException for the first file that cannot be used, listing all its problems: a
     *         check ({@code titles rules}, an import) does not go on with rules it cannot read
     */
    public static RuleSets load(Path folder) {
        RuleSets loaded = loadLeavingOut(folder);
        if (!loaded.leftOut.isEmpty()) {
            throw loaded.leftOut.get(0);
        }
        return loaded;
    }

    /**
     * As {@link #load}, but a file that cannot be used is left out (with its problems in
     * {@link #leftOut()}) instead of stopping everything: the gateway keeps taking reports and
     * answering households while the administrator fixes the file; decisions wait for it.
     */
    public static RuleSets loadLeavingOut(Path folder) {
        Map<String, RuleSet> byId = readShipped();
        List<RuleSetException> leftOut = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    try {
                        RuleSet rules = RuleSetReader.read(file.getFileName().toString(), Files.readAllBytes(file));
                        byId.put(rules.id(), rules);
                    } catch (RuleSetException e) {
                        leftOut.add(e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rule sets in " + folder, e);
            }
        }
        return new RuleSets(List.copyOf(byId.values()), leftOut);
    }

    /** The administrator's files that could not be used, each with its problems; empty when all were. */
    public List<RuleSetException> leftOut() {
        return leftOut;
    }

    public List<RuleSet> all() {
        return all;
    }

    /** The rule set that applies to {@code title} in {@code year}. */
    public Optional<RuleSet> forTitle(TitleKind title, int year) {
        return all.stream().filter(r -> r.title() == title && r.covers(year))
                .max(Comparator.comparingInt(RuleSet::fromYear).thenComparingInt(RuleSet::version));
    }

    /** The title's names as its latest rule set gives them, whatever its years: to name it in a year without one. */
    public Optional<Names> namesOf(TitleKind title) {
        return all.stream().filter(r -> r.title() == title)
                .max(Comparator.comparingInt(RuleSet::fromYear).thenComparingInt(RuleSet::version)).map(RuleSet::names);
    }

    /** The rule set a decision names ({@code id@version}), if it is still loaded. */
    public Optional<RuleSet> byLabel(String label) {
        return all.stream().filter(r -> r.label().equals(label)).findFirst();
    }

    private static Map<String, RuleSet> readShipped() {
        Map<String, RuleSet> byId = new LinkedHashMap<>();
        for (String name : shippedNames()) {
            RuleSet rules = RuleSetReader.read(name, resource(name));
            byId.put(rules.id(), rules);
        }
        return byId;
    }

    private static List<String> shippedNames() {
        List<String> names = new ArrayList<>();
        for (String line : new String(resource("shipped.txt"), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    private static byte[] resource(String name) {
        try (InputStream in = RuleSets.class.getResourceAsStream(SHIPPED + name)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED + name, e);
        }
    }
}
