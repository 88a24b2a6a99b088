package org.hoctap.shared.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.hoctap.shared.files.OwnerOnlyFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret of a first account (the kiosk's first staff password or PIN, the central web's first
 * officer password): the one configured, or else digits generated once and kept in a file readable
 * by the service's user only, for the installer to read and hand over. Accounts keep only a hash.
 *
 * @param file where the secret is kept; empty when it was configured
 */
public record KeptSecret(String value, Optional<Path> file) {
    private static final Logger log = LoggerFactory.getLogger(KeptSecret.class);

    public KeptSecret {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a password or PIN must not be blank");
        }
    }

    @Override
    public String toString() {
        return "KeptSecret[" + file.map(f -> "kept in " + f).orElse("configured") + "]";
    }

    /**
     * The configured secret, or the one in {@code file}, generating {@code digits} random digits and
     * writing them there first when absent.
     */
    public static KeptSecret resolve(Optional<String> configured, Path file, int digits) {
        if (configured.isPresent()) {
            return new KeptSecret(configured.get(), Optional.empty());
        }
        try {
            if (!Files.exists(file)) {
                create(file, digits);
            }
            return new KeptSecret(read(file), Optional.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the password in " + file, e);
        }
    }

    private static void create(Path file, int digits) throws IOException {
        if (OwnerOnlyFile.createNew(file, digits(digits) + "\n")) {
            log.info("Generated the first account's {} and kept it in {}", file.getFileName(),
                    file.toAbsolutePath());
        } // else another process made it first: use theirs
    }

    private static String read(Path file) throws IOException {
        String value = OwnerOnlyFile.read(file).strip();
        if (value.isEmpty()) {
            throw new IOException(file + " is empty; delete it to generate a new password, or write one in it");
        }
        return value;
    }

    /** {@code count} random digits, from a secure source: a password to read out and type. */
    public static String digits(int count) {
        SecureRandom random = new SecureRandom();
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
