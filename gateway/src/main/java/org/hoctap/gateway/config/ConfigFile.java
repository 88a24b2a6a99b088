package org.hoctap.gateway.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A configuration file: {@code key = value} lines in UTF-8 (Java properties), one per option, named as
 * the option without its dashes ({@code smsc-host = 10.0.0.5}); {@code #} starts a comment.
 */
public final class ConfigFile {
    private ConfigFile() {
    }

    /**
     * @param known the keys the file may use
     * @throws IllegalArgumentException naming the file, when it is missing, unreadable, or has a key
     *     that is not an option (a typo would otherwise be silently ignored)
     */
    public static Properties load(Path file, Set<String> known) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the configuration file " + file + " does not exist");
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the configuration file " + file + ": " + e.getMessage(), e);
        }
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the configuration file " + file + " has settings that do not exist: "
                    + unknown + "; the settings are " + new TreeSet<>(known));
        }
        return properties;
    }
}
