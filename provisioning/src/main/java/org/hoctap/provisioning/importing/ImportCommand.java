package org.hoctap.provisioning.importing;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.SqlWork;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import households FILE}: a commune's household list into the database (see {@link HouseholdImport}). */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports lists into the database.",
        subcommands = {ImportCommand.Households.class})
public final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "households", mixinStandardHelpOptions = true,
            description = "Imports a commune's households and their members, one person a line (CSV or .xlsx; "
                    + "columns: household,village,language,member,name,sex,birth_year,ethnicity,citizen_group,phone, "
                    + "or their Vietnamese labels). Bad lines are reported with their number; the others go in.")
    static final class Households implements Callable<Integer> {
        private static final int PROGRESS_EVERY = 200;

        @CommandLine.ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "FILE", description = "The list: .csv or .xlsx.")
        Path file;

        @Option(names = "--data-dir", defaultValue = "./data/gateway",
                description = "The data folder of the database (default: ${DEFAULT-VALUE}; a kiosk's works too).")
        Path dataDir;

        @Option(names = "--dry-run", description = "Check the list and say what would change; change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter out = parent.spec.commandLine().getOut();
            PrintWriter err = parent.spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("There is no file " + file + ".");
                return 1;
            }
            ListFile.Read list;
            try {
                list = ListFile.read(file, HouseholdImport.LABELS);
            } catch (IOException e) {
                err.println(e.getMessage());
                return 1;
            }
            list.note().ifPresent(note -> err.println(file.getFileName() + ": " + note));
            IntConsumer progress = done -> {
                if (System.console() != null && (done % PROGRESS_EVERY == 0 || done == list.rows().size())) {
                    err.print("\r" + done + " / " + list.rows().size() + " lines");
                    err.flush();
                }
            };
            HouseholdImport.Result result;
            try (Database db = Database.open(dataDir.resolve("hoctap.db"))) {
                SqlWork<HouseholdImport.Result> work = c -> HouseholdImport.apply(c, list.rows(),
                        Clock.systemUTC().instant(), progress);
                result = dryRun ? db.tryOut(work) : db.write(work);
            }
            if (System.console() != null) {
                err.println();
            }
            for (HouseholdImport.Problem p : result.problems()) {
                err.println(file.getFileName() + ":" + p.line() + ": " + p.reason());
            }
            out.println((dryRun ? "Would add " : "Added ") + result.households() + " household(s) and " + result.added()
                    + " person(s), " + (dryRun ? "would update " : "updated ") + result.updated() + ", "
                    + result.unchanged() + " unchanged, " + result.phones() + " phone(s) registered; "
                    + result.problems().size() + " line(s) with problems.");
            return result.problems().isEmpty() ? 0 : 1;
        }
    }
}
