package org.hoctap.gateway.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where an option not given on the command line gets its value: the environment
 * ({@code HOCTAP_SMSC_HOST} for {@code --smsc-host}), then the configuration file ({@code smsc-host =
 * …}), then the option's own default. So the command line beats the environment, which beats the file.
 */
public final class SettingsDefaults implements IDefaultValueProvider {
    public static final String ENV_PREFIX = "HOCTAP_";

    private final Map<String, String> environment;
    private final Properties file;

    /** The process's environment and no file (what picocli builds from the annotation). */
    public SettingsDefaults() {
        this(System.getenv(), new Properties());
    }

    public SettingsDefaults(Map<String, String> environment, Properties file) {
        this.environment = environment;
        this.file = file;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        String key = key(option);
        return Optional.ofNullable(environment.get(environmentName(key)))
                .or(() -> Optional.ofNullable(file.getProperty(key)).map(String::strip))
                .orElse(null);
    }

    /** The option's name in a configuration file: its longest name without the dashes ("smsc-host"). */
    public static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }

    /** The option's environment variable: "smsc-host" is HOCTAP_SMSC_HOST. */
    public static String environmentName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
