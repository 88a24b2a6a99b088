package org.hoctap.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every sentence the system shows or sends, keyed by name and language. The texts ship in
 * {@code templates/<tag>.properties} on the classpath; staff may override any of them with files of
 * the same names in a data folder, without rebuilding. Immutable and safe to share between threads.
 *
 * <p>Texts hold placeholders such as {@code {household}}. Which placeholders a key has is fixed by the
 * built-in Vietnamese text: a translation or an override may use fewer, never others, or loading fails
 * naming the file and line (see {@link TemplateFileReader} for the file syntax). A file whose
 * {@code _status} starts with "draft" holds drafts awaiting review by a native speaker.
 */
public final class Templates {
    private static final Logger LOG = LoggerFactory.getLogger(Templates.class);
    private static final String STATUS_KEY = "_status";
    private static final String RESOURCE_FOLDER = "templates/";
    private static final String SUFFIX = ".properties";

    private final Map<Language, Map<String, Template>> templates;
    private final Map<Language, Set<String>> keys = new EnumMap<>(Language.class);

    private Templates(Map<Language, Map<String, Template>> templates) {
        this.templates = templates;
        templates.forEach((language, byKey) ->
                keys.put(language, Collections.unmodifiableSet(new TreeSet<>(byKey.keySet()))));
    }

    /**
     * {@link #load(Optional)} from a program's own override folder, which is created (empty) when it
     * is missing, so that staff find where their files go.
     *
     * @throws UncheckedIOException if the folder cannot be created
     */
    public static Templates loadCreatingOverrideFolder(Path overrideDir) {
        try {
            Files.createDirectories(overrideDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the template override folder " + overrideDir, e);
        }
        return load(Optional.of(overrideDir));
    }

    /**
     * The built-in texts, then those of {@code overrideDir/vi.properties}, {@code blt.properties} and
     * {@code hnj.properties} where present, key by key.
     *
     * @throws TemplateFileException if a file is malformed or uses a placeholder its key does not have
     * @throws UncheckedIOException if an override file exists but cannot be read
     */
    public static Templates load(Optional<Path> overrideDir) {
        Map<Language, Map<String, Template>> builtIn = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = RESOURCE_FOLDER + language.tag() + SUFFIX;
            builtIn.put(language, compile(TemplateFileReader.read("classpath:" + resource, resource(resource))));
        }
        Map<String, Template> reference = builtIn.get(Language.VI);
        for (Language language : Language.values()) {
            checkPlaceholders(builtIn.get(language).values(), reference);
        }
        Map<Language, Map<String, Template>> effective = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, Template> merged = new HashMap<>(builtIn.get(language));
            overrideDir.flatMap(dir -> overrides(dir, language)).ifPresent(overrides -> {
                checkPlaceholders(overrides.values(), reference);
                warnAboutUnknownKeys(overrides.values(), reference);
                merged.putAll(overrides);
            });
            effective.put(language, Map.copyOf(merged));
        }
        overrideDir.ifPresent(Templates::warnAboutStrayFiles);
        return new Templates(effective);
    }

    /**
     * The text of {@code key} in {@code language} (or, if that language lacks it, in Vietnamese) with
     * each {@code {name}} replaced by {@code values.get(name)}. Values the text does not use are ignored.
     *
     * @throws IllegalArgumentException naming the key if no language has it or a placeholder has no value
     */
    public String render(String key, Language language, Map<String, ?> values) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(values, "values");
        Template template = templates.get(language).get(key);
        if (template == null) {
            template = templates.get(Language.VI).get(key);
        }
        if (template == null) {
            throw new IllegalArgumentException("no template " + key + " in " + language.tag()
                    + (language == Language.VI ? "" : " or vi"));
        }
        return template.render(language, values);
    }

    /** The text of a key without placeholders; see {@link #render(String, Language, Map)}. */
    public String render(String key, Language language) {
        return render(key, language, Map.of());
    }

    /**
     * Whether some text of {@code language} in use comes from a file marked as a draft awaiting review
     * by a native speaker (the built-in Thai and Hmong files are; an override file marked otherwise, or
     * not marked, replaces only the drafts it holds).
     */
    public boolean isDraft(Language language) {
        return templates.get(language).values().stream().anyMatch(Template::draft);
    }

    /** The keys this language has texts for itself, sorted; keys it lacks fall back to Vietnamese. */
    public Set<String> keys(Language language) {
        return keys.get(language);
    }

    private static Map<String, Template> compile(List<TemplateEntry> entries) {
        boolean draft = entries.stream()
                .anyMatch(e -> e.key().equals(STATUS_KEY)
                        && e.value().toLowerCase(Locale.ROOT).startsWith("draft"));
        Map<String, Template> byKey = new HashMap<>();
        for (TemplateEntry entry : entries) {
            if (!entry.isMetadata()) {
                byKey.put(entry.key(), Template.compile(entry, draft));
            }
        }
        return byKey;
    }

    private static void checkPlaceholders(Iterable<Template> texts, Map<String, Template> reference) {
        for (Template text : texts) {
            Template vi = reference.get(text.key());
            if (vi == null) {
                continue;
            }
            Set<String> allowed = vi.placeholders();
            for (String name : text.placeholders()) {
                if (!allowed.contains(name)) {
                    throw text.source().problem("{" + name + "} is not a value of " + text.key()
                            + (allowed.isEmpty() ? ", which has none"
                                    : "; it has {" + String.join("}, {", allowed) + "}"));
                }
            }
        }
    }

    private static void warnAboutUnknownKeys(Iterable<Template> texts, Map<String, Template> reference) {
        for (Template text : texts) {
            if (!reference.containsKey(text.key())) {
                LOG.warn("{}, line {}: {} is not a built-in template; nothing uses it (a typo?)",
                        text.source().file(), text.source().line(), text.key());
            }
        }
    }

    private static Optional<Map<String, Template>> overrides(Path dir, Language language) {
        Path file = dir.resolve(language.tag() + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            Map<String, Template> overrides = compile(TemplateFileReader.read(file.toString(), bytes));
            LOG.info("Template overrides for {}: {} texts from {}", language.tag(), overrides.size(), file);
            return Optional.of(overrides);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template overrides " + file, e);
        }
    }

    private static void warnAboutStrayFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warn("The template override folder {} does not exist; using the built-in texts", dir);
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String tag = name.substring(0, name.length() - SUFFIX.length());
                if (Language.fromTag(tag).filter(l -> l.tag().equals(tag)).isEmpty()) {
                    LOG.warn("Ignoring {}: only the files named by a language tag ({}) are read", file,
                            Arrays.stream(Language.values()).map(l -> l.tag() + SUFFIX).toList());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the template override folder {}", dir, e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in templates " + name + " are missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in templates " + name, e);
        }
    }
}
