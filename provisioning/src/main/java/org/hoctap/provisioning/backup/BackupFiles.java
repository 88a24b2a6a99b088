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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups of one data folder: {@code hoctap-YYYYMMDD-HHMMSS.db} in a folder, named by the local
 * time they were made, and the removal of those older than the days kept (only files so named; the
 * newest as many as the days are kept whatever their dates).
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

    /**
     * Deletes the backups made more than {@code days} days before {@code now}, but never the newest
     * {@code days} of them (one a night), whatever their dates: a clock that jumped ahead must not take
     * every good backup. Backups dated after {@code now} were made while the clock was wrong, or the
     * clock is wrong now (a Pi without a clock battery starts in 1970): they are kept and set aside,
     * neither counted among the newest nor removed, and the others are pruned as usual, so that one
     * such file cannot stop the pruning and fill the disk.
     */
    Pruning prune(int days, Instant now) throws IOException {
        List<Backup> all = backups();
        List<Path> datedAfterNow = all.stream().filter(b -> b.made().isAfter(now)).map(Backup::file).sorted().toList();
        List<Backup> newestFirst = all.stream().filter(b -> !b.made().isAfter(now))
                .sorted(Comparator.comparing(Backup::made).reversed())
                .toList();
        Instant oldestKept = now.minus(Duration.ofDays(days));
        List<Path> removed = new ArrayList<>();
        for (Backup backup : newestFirst.subList(Math.min(days, newestFirst.size()), newestFirst.size())) {
            if (backup.made().isBefore(oldestKept)) {
                Files.delete(backup.file());
                removed.add(backup.file());
            }
        }
        return new Pruning(removed, datedAfterNow);
    }

    private record Backup(Path file, Instant made) {
    }

    /** The files named as backups, with the time in their names. */
    private List<Backup> backups() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.flatMap(file -> madeAt(file).map(made -> new Backup(file, made)).stream()).toList();
        }
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
