package org.hoctap.kiosk.export;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.hoctap.shared.tables.TableFile;
import org.hoctap.shared.text.Language;

/**
 * Copies the period's reports, as CSV and XLSX, to the USB stick plugged in: into
 * {@code <stick>/hoctap/<centre>-<period>/}. Each file is written under a temporary name, synced to the
 * stick and then renamed, so a stick pulled out too early never holds a file that looks whole but is not.
 */
final class UsbExport {
    /** Below this much free space a stick is called full before anything is written. */
    static final long LEAST_FREE_BYTES = 1024 * 1024;

    /** What a copy to the stick came to. */
    sealed interface Outcome {
        record Written(UsbSticks.Stick stick, Path folder, List<String> files, long rows) implements Outcome {
        }

        record NoStick() implements Outcome {
        }

        record ReadOnly(UsbSticks.Stick stick) implements Outcome {
        }

        record Full(UsbSticks.Stick stick) implements Outcome {
        }
    }

    private final UsbSticks sticks;
    private final Exports exports;
    private final String centreCode;
    private final ToLongFunction<Path> usableSpace;

    UsbExport(UsbSticks sticks, Exports exports, String centreCode) {
        this(sticks, exports, centreCode, UsbExport::usableSpace);
    }

    /** With a measure of free space that tests can replace. */
    UsbExport(UsbSticks sticks, Exports exports, String centreCode, ToLongFunction<Path> usableSpace) {
        this.sticks = sticks;
        this.exports = exports;
        this.centreCode = centreCode.replaceAll("[^A-Za-z0-9_-]", "_");
        this.usableSpace = usableSpace;
    }

    /** Writes every report to the first stick (blocking); each file is in the staff log as {@code who}'s. */
    Outcome export(Language language, ExportPeriod period, String who, Instant now) {
        Optional<UsbSticks.Stick> found = sticks.mounted().stream().findFirst();
        if (found.isEmpty()) {
            return new Outcome.NoStick();
        }
        UsbSticks.Stick stick = found.get();
        if (stick.readOnly()) {
            return new Outcome.ReadOnly(stick);
        }
        if (usableSpace.applyAsLong(stick.mountPoint()) < LEAST_FREE_BYTES) {
            return new Outcome.Full(stick);
        }
        Path folder = stick.mountPoint().resolve("hoctap").resolve(centreCode + "-" + period);
        List<String> written = new ArrayList<>();
        long rows = 0;
        try {
            Files.createDirectories(folder);
            for (Report report : Exports.REPORTS) {
                for (TableFile file : exports.formats(report, language)) {
                    String name = exports.fileName(report, period, file);
                    long count = writeFile(folder.resolve(name), report, file, language, period);
                    exports.logged(who, report, file, period, count, "USB " + stick.label(), now);
                    written.add(name);
                    rows = report instanceof CheckInReport ? count : rows; // the same check-ins in each format
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            if (isReadOnly(cause)) {
                return new Outcome.ReadOnly(stick);
            }
            if (isFull(cause)) {
                return new Outcome.Full(stick);
            }
            throw new UncheckedIOException("cannot write to the USB stick " + stick.mountPoint(), cause);
        }
        return new Outcome.Written(stick, folder, List.copyOf(written), rows);
    }

    private long writeFile(Path target, Report report, TableFile file, Language language, ExportPeriod period)
            throws IOException {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            long rows;
            try (FileOutputStream stream = new FileOutputStream(part.toFile());
                    BufferedOutputStream out = new BufferedOutputStream(stream, 64 * 1024)) {
                rows = exports.write(report, file, language, period, out);
                out.flush();
                stream.getFD().sync();
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static boolean isReadOnly(IOException e) {
        return e instanceof AccessDeniedException
                || e instanceof FileSystemException fs && String.valueOf(fs.getReason()).contains("Read-only")
                || String.valueOf(e.getMessage()).contains("Read-only file system");
    }

    private static boolean isFull(IOException e) {
        return String.valueOf(e.getMessage()).contains("No space left on device")
                || e instanceof FileSystemException fs && String.valueOf(fs.getReason()).contains("No space left");
    }

    private static long usableSpace(Path path) {
        try {
            return Files.getFileStore(path).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // cannot tell: try, and let a full stick say so when written
        }
    }
}
