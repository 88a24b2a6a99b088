package org.hoctap.kiosk.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the kiosk's staff pages: the one configured, or else one generated once (six digits)
 * and kept in a file readable by the kiosk's user only.
 *
 * @param file where the password is kept; empty when it was configured
 */
public record StaffPassword(String value, Optional<Path> file) {
    private static final Logger log = LoggerFactory.getLogger(StaffPassword.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int DIGITS = 6;

    public StaffPassword {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the staff password must not be blank");
        }
    }

    @Override
    public String toString() {
        return "StaffPassword[" + file.map(f -> "kept in " + f).orElse("configured") + "]";
    }

    /** The configured password, or the one in {@code file}, generating and writing it first when absent. */
    public static StaffPassword resolve(Optional<String> configured, Path file) {
        if (configured.isPresent()) {
            return new StaffPassword(configured.get(), Optional.empty());
        }
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new StaffPassword(read(file), Optional.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the staff password in " + file, e);
        }
    }

    /** Whether {@code attempt} is the password, in time that does not depend on where they differ. */
    public boolean matches(String attempt) {
        return attempt != null && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), attempt.getBytes(StandardCharsets.UTF_8));
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String generated = generate();
        try {
            if (supportsPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return; // another process made it first: use theirs
        }
        Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
        log.info("Generated a staff password and kept it in {}", file.toAbsolutePath());
    }

    private static String read(Path file) throws IOException {
        if (supportsPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} could be read by other users; making it readable by its owner only", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        String value = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (value.isEmpty()) {
            throw new IOException(file + " is empty; delete it to generate a new password, or write one in it");
        }
        return value;
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
