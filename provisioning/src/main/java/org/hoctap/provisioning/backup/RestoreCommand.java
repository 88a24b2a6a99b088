package org.hoctap.provisioning.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hoctap.shared.store.Backups;
import org.sqlite.SQLiteConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: puts a backup in place of the database, once the program using it is
 * stopped. The backup is checked first; a copy of the database it replaces is kept beside it, so a
 * wrong restore can be undone. The backup is copied next to the database and renamed over it only
 * once whole and on disk: a restore cut short (power, a full disk) leaves the database as it was.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Puts a backup in place of DATA-DIR/hoctap.db (stop the kiosk or gateway first); a copy of the "
                + "database it replaces is kept as hoctap.db.before-restore-DATE.")
public final class RestoreCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.systemDefault());
    /**
     * SQLite's files beside the database. The old database's are stale once inUse() has folded its log
     * into it; left there, they would be applied to the restored file and damage it.
     */
    private static final List<String> JOURNALS = List.of("-wal", "-shm", "-journal");

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path backup;

    @Option(names = "--data-dir", defaultValue = "./data/kiosk",
            description = "The data folder whose hoctap.db is replaced (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Gives an existing file a second name. */
    interface Linker {
        void link(Path newName, Path existing) throws IOException;
    }

    private final StagedCopy.Copier copier;
    private final Linker linker;

    public RestoreCommand() {
        this(StagedCopy.BYTES, Files::createLink);
    }

    RestoreCommand(StagedCopy.Copier copier, Linker linker) {
        this.copier = copier;
        this.linker = linker;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = Backups.problem(backup);
        if (problem.isPresent()) {
            err.println("Not restored: " + backup + " cannot be used: " + problem.get() + ".");
            return 1;
        }
        Path current = dataDir.resolve(BackupCommand.DATABASE);
        boolean replacing = Files.exists(current);
        if (replacing && inUse(current)) {
            err.println("Not restored: " + current + " is in use. Stop the program using it first "
                    + "(sudo systemctl stop hoctap-kiosk, or hoctap-gateway), then restore again.");
            return 1;
        }
        Path aside = dataDir.resolve(BackupCommand.DATABASE + ".before-restore-"
                + STAMP.format(Clock.systemUTC().instant()));
        if (replacing && Files.exists(aside)) {
            err.println("Not restored: " + aside + " exists already; restore again in a second.");
            return 1;
        }
        Files.createDirectories(dataDir);
        boolean keptAside = false;
        try {
            FileOwnership ownership = replacing ? FileOwnership.of(current) : FileOwnership.newFileIn(dataDir);
            try (StagedCopy restored = StagedCopy.of(backup, current, ownership, copier)) {
                if (replacing) {
                    keepAside(current, aside, ownership);
                    keptAside = true;
                }
                for (String journal : JOURNALS) {
                    Files.deleteIfExists(dataDir.resolve(BackupCommand.DATABASE + journal));
                }
                restored.putInPlace();
            }
        } catch (IOException | RuntimeException e) {
            if (keptAside) {
                Files.deleteIfExists(aside);
            }
            err.println("Not restored: " + backup + " could not be put in place ("
                    + Objects.requireNonNullElse(e.getMessage(), e.toString()) + "). "
                    + (replacing ? current + " is as it was." : "There is no database in " + dataDir + "."));
            return 1;
        }
        if (keptAside) {
            out.println("The database it replaces is kept as " + aside + ".");
        }
        out.println("Restored " + backup + " to " + current + ". Start the program again.");
        return 0;
    }

    /**
     * Keeps the database about to be replaced under a second name: a hard link, which costs neither
     * time nor space however big the database (the rename that follows takes only the first name
     * away), or a copy where the file system has no links.
     */
    private void keepAside(Path current, Path aside, FileOwnership ownership) throws IOException {
        try {
            linker.link(aside, current);
            return;
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            // a file system without hard links (FAT): copy
        }
        try (StagedCopy before = StagedCopy.of(current, aside, ownership, copier)) {
            before.putInPlace();
        }
    }

    /**
     * Whether another connection has the database open. Leaving WAL needs the database to itself, so
     * it fails while the kiosk or gateway runs; when it succeeds, the write-ahead log has been folded
     * into the file that is then copied aside whole.
     */
    private static boolean inUse(Path database) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(0);
        try (Connection c = config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
                Statement s = c.createStatement();
                var mode = s.executeQuery("PRAGMA journal_mode = DELETE")) {
            return !(mode.next() && "delete".equalsIgnoreCase(mode.getString(1)));
        } catch (SQLException e) {
            return true;
        }
    }
}
