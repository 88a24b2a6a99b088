package org.hoctap.provisioning.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.hoctap.kiosk.export.UsbSticks;
import org.hoctap.shared.store.Backups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup}: a consistent copy of a kiosk's or the central server's database, made with SQLite's
 * online backup while the program keeps running, checked, kept for some days, and copied to a USB
 * stick when one is plugged in and asked for.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copies the database (while it runs) into DATA-DIR/backups/, checks the copy, removes copies "
                + "older than --keep-days (but never the newest --keep-days copies), and with --usb copies it to a "
                + "plugged-in USB stick too.")
public final class BackupCommand implements Callable<Integer> {
    static final String DATABASE = "hoctap.db";

    @Option(names = "--data-dir", defaultValue = "./data/kiosk",
            description = "The data folder whose hoctap.db is copied (default: ${DEFAULT-VALUE}; ./data/gateway on "
                    + "the central server).")
    Path dataDir;

    @Option(names = "--to", description = "Where the copies go (default: DATA-DIR/backups).")
    Path to;

    @Option(names = "--keep-days", defaultValue = "14", description = "Days a copy is kept; the newest that many "
            + "copies are kept whatever their dates, and none is removed while the newest is dated after now "
            + "(default: ${DEFAULT-VALUE}).")
    int keepDays;

    @Option(names = "--usb", description = "Also copy it to a USB stick, when one is plugged in and writable.")
    boolean usb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final UsbSticks sticks;
    private final Clock clock;

    public BackupCommand() {
        this(UsbSticks.SYSTEM, Clock.systemUTC());
    }

    BackupCommand(UsbSticks sticks, Clock clock) {
        this.sticks = sticks;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (keepDays < 1) {
            err.println("--keep-days must be at least 1.");
            return 1;
        }
        Path source = dataDir.resolve(DATABASE);
        if (!Files.isRegularFile(source)) {
            err.println("There is no database at " + source + ": give the data folder with --data-dir.");
            return 1;
        }
        BackupFiles files = new BackupFiles(to != null ? to : dataDir.resolve("backups"), ZoneId.systemDefault());
        Instant now = clock.instant();
        Path copy = files.next(now);
        Backups.copy(source, copy);
        out.println("Backed up " + source + " to " + copy + " (" + Files.size(copy) + " bytes, checked).");
        Pruning pruning = files.prune(keepDays, now);
        pruning.datedAfterNow().forEach(later -> err.println("Kept " + later.getFileName() + ", dated after now ("
                + now + "), aside from the others. Is the clock right?"));
        if (!pruning.removed().isEmpty()) {
            out.println("Removed " + pruning.removed().size() + " backup(s) older than " + keepDays + " days.");
        }
        if (usb) {
            return toUsb(copy, out, err);
        }
        return 0;
    }

    private int toUsb(Path copy, PrintWriter out, PrintWriter err) throws IOException {
        List<UsbSticks.Stick> writable = sticks.mounted().stream().filter(s -> !s.readOnly()).toList();
        if (writable.isEmpty()) {
            err.println("No writable USB stick is plugged in: the backup stays in " + copy.getParent() + ".");
            return 2;
        }
        Path target = writable.get(0).mountPoint().resolve("hoctap-backups").resolve(copy.getFileName());
        try {
            Files.createDirectories(target.getParent());
            Files.copy(copy, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            err.println("Could not copy the backup to the USB stick " + writable.get(0).label() + " (full?): "
                    + e.getMessage());
            return 2;
        }
        out.println("Copied to the USB stick: " + target);
        return 0;
    }
}
