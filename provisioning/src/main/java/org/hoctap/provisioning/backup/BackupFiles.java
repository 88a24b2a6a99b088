package org.hoctap.provisioning.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups of one data folder: {@code hoctap-YYYYMMDD-HHMMSS.db} in a folder, named by the local
 * time they were made, and the removal of those older than the days kept (only files so named).
 */
final class BackupFiles {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern FILE = Pattern.compile("hoctap-(\\d{8}-\\d{6})\\.db");

    private final Path folder;
    private final ZoneId zone;

    BackupFiles(Path folder, ZoneId zone) {
        this.folder = folder;
        this.zone = zone;
    }

    Path next(Instant now) {
        return folder.resolve("hoctap-" + NAME.format(now.atZone(zone)) + ".db");
    }

    /** Deletes the backups made more than {@code keep} before {@code now}; returns them. */
    List<Path> prune(Duration keep, Instant now) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Optional<Instant> made = madeAt(file);
                if (made.isPresent() && made.get().isBefore(now.minus(keep))) {
                    Files.delete(file);
                    removed.add(file);
                }
            }
        }
        return removed;
    }

    private Optional<Instant> madeAt(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), NAME).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
