package org.hoctap.gateway.titles;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.hoctap.gateway.config.CentralDataCommand;
import org.hoctap.gateway.titles.registration.RegistrationImport;
import org.hoctap.gateway.titles.rules.RuleSet;
import org.hoctap.gateway.titles.rules.RuleSetException;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code titles}: {@code import} registrations for a year from a list (see {@link RegistrationImport}),
 * and {@code rules}: the rule sets in force, with an administrator's files checked.
 */
@Command(name = "titles", mixinStandardHelpOptions = true,
        description = "Learning titles: import registrations from a CSV list; check the rule sets.",
        subcommands = {TitlesCommand.Import.class, TitlesCommand.Rules.class})
public final class TitlesCommand extends CentralDataCommand {
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Registers the list's households, persons, villages, clans and units for a year. Columns: "
                    + "title,household,member,village,name (UTF-8 CSV, first line the column names).")
    static final class Import implements Callable<Integer> {
        @CommandLine.ParentCommand
        TitlesCommand parent;

        @Parameters(paramLabel = "FILE", description = "The CSV list.")
        Path file;

        @Option(names = "--year", description = "The year registered for (default: this year, Vietnam's).")
        Integer year;

        @Option(names = "--dry-run", description = "Check the list and say what would be registered; change nothing.")
        boolean dryRun;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = parent.out();
            PrintWriter err = parent.err();
            int theYear = year != null ? year : TitleYears.of(Clock.systemUTC().instant());
            RuleSets ruleSets;
            try {
                ruleSets = RuleSets.load(parent.dataDir().resolve("rules"));
            } catch (RuleSetException e) {
                cannotBeUsed(err, e);
                return 1;
            }
            try (Database db = parent.open();
                    Reader list = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                            .newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
                RegistrationImport.Result result;
                try {
                    result = dryRun ? db.tryOut(c -> importIn(c, list, theYear, ruleSets, "dry run"))
                            : db.write(c -> importIn(c, list, theYear, ruleSets, "import " + file.getFileName()));
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
                for (RegistrationImport.Problem p : result.problems()) {
                    err.println(file.getFileName() + ":" + p.line() + ": " + p.reason());
                }
                out.println((dryRun ? "Would register " : "Registered ") + result.registered() + " for " + theYear + "; "
                        + result.already() + " already registered; " + result.problems().size() + " line(s) with problems.");
                return result.problems().isEmpty() ? 0 : 1;
            } catch (CharacterCodingException e) {
                err.println(file + " is not UTF-8 text: save it as \"CSV UTF-8\" and import it again.");
                return 1;
            }
        }

        private static RegistrationImport.Result importIn(java.sql.Connection c, Reader list, int year,
                RuleSets ruleSets, String by) throws java.sql.SQLException {
            try {
                return RegistrationImport.apply(c, list, year, ruleSets, Clock.systemUTC().instant(), by);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = "Lists the rule sets in force (shipped, and the administrator's in DATA-DIR/rules/), "
                    + "checking every file; a file with problems is named with each problem's place.")
    static final class Rules implements Callable<Integer> {
        @CommandLine.ParentCommand
        TitlesCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = parent.out();
            try {
                List<RuleSet> all = RuleSets.load(parent.dataDir().resolve("rules")).all();
                for (RuleSet r : all) {
                    out.printf("%-14s %-9s from %d%s  %s%s%n  %s%n", r.label(), r.title(), r.fromYear(),
                            r.toYear().isPresent() ? " to " + r.toYear().getAsInt() : "", r.names().in(
                                    org.hoctap.shared.text.Language.VI), r.configured() ? "" : " (not configured yet)",
                            r.legalBasis());
                }
                return 0;
            } catch (RuleSetException e) {
                cannotBeUsed(parent.err(), e);
                return 1;
            }
        }
    }

    private static void cannotBeUsed(PrintWriter err, RuleSetException e) {
        err.println(e.source() + " cannot be used:");
        e.problems().forEach(p -> err.println("  " + p));
    }
}
