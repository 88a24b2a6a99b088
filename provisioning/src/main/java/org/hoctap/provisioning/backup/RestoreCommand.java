package org.hoctap.provisioning.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * stopped. The backup is checked first; the database it replaces is kept beside it, renamed, so a
 * wrong restore can be undone.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Puts a backup in place of DATA-DIR/hoctap.db (stop the kiosk or gateway first); the database "
                + "it replaces is kept as hoctap.db.before-restore-DATE.")
public final class RestoreCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.systemDefault());

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path backup;

    @Option(names = "--data-dir", defaultValue = "./data/kiosk",
            description = "The data folder whose hoctap.db is replaced (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        if (Files.exists(current)) {
            if (inUse(current)) {
                err.println("Not restored: " + current + " is in use. Stop the program using it first "
                        + "(sudo systemctl stop hoctap-kiosk, or hoctap-gateway), then restore again.");
                return 1;
            }
            Path aside = dataDir.resolve(BackupCommand.DATABASE + ".before-restore-"
                    + STAMP.format(Clock.systemUTC().instant()));
            Files.move(current, aside);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Files.deleteIfExists(dataDir.resolve(BackupCommand.DATABASE + suffix));
            }
            out.println("The database it replaces is kept as " + aside + ".");
        }
        Files.createDirectories(dataDir);
        Files.copy(backup, current, StandardCopyOption.REPLACE_EXISTING);
        out.println("Restored " + backup + " to " + current + ". Start the program again.");
        return 0;
    }

    /**
     * Whether another connection has the database open. Leaving WAL needs the database to itself, so
     * it fails while the kiosk or gateway runs; when it succeeds, the write-ahead log has been folded
     * into the file that is then kept aside whole.
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
