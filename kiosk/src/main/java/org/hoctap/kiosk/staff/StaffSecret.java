package org.hoctap.kiosk.staff;

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
 * A secret of the first staff account (its password or its PIN): the one configured, or else digits
 * generated once and kept in a file readable by the kiosk's user only, for the installer to read and
 * hand over. The kiosk itself keeps only a hash (see {@link StaffAccounts}).
 *
 * @param file where the secret is kept; empty when it was configured
 */
public record StaffSecret(String value, Optional<Path> file) {
    private static final Logger log = LoggerFactory.getLogger(StaffSecret.class);

    public StaffSecret {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a staff password or PIN must not be blank");
        }
    }

    @Override
    public String toString() {
        return "StaffSecret[" + file.map(f -> "kept in " + f).orElse("configured") + "]";
    }

    /**
     * The configured secret, or the one in {@code file}, generating {@code digits} random digits and
     * writing them there first when absent.
     */
    public static StaffSecret resolve(Optional<String> configured, Path file, int digits) {
        if (configured.isPresent()) {
            return new StaffSecret(configured.get(), Optional.empty());
        }
        try {
            if (!Files.exists(file)) {
                create(file, digits);
            }
            return new StaffSecret(read(file), Optional.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the staff password in " + file, e);
        }
    }

    private static void create(Path file, int digits) throws IOException {
        if (OwnerOnlyFile.createNew(file, generate(digits) + "\n")) {
            log.info("Generated the first staff account's {} and kept it in {}", file.getFileName(),
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

    private static String generate(int count) {
        SecureRandom random = new SecureRandom();
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
