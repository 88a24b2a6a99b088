package org.hoctap.kiosk.staff;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.shared.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code staff}: the kiosk's staff accounts, on its database. {@code staff add NAME} asks for the
 * password and the PIN (twice each on a terminal; one line each from a pipe), {@code staff list},
 * {@code staff remove NAME}. Run it where the kiosk runs, with the kiosk's data folder.
 */
@Command(name = "staff", mixinStandardHelpOptions = true,
        description = "Adds, lists and removes the kiosk's staff accounts (password for the Wi-Fi, PIN for its screen).",
        subcommands = {StaffCommand.Add.class, StaffCommand.ListAccounts.class, StaffCommand.Remove.class})
public final class StaffCommand implements Runnable {
    @Option(names = "--data-dir", defaultValue = "./data/kiosk", scope = CommandLine.ScopeType.INHERIT,
            description = "The kiosk's data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private StaffAccounts accounts(Database db) {
        return new StaffAccounts(db, Clock.systemUTC());
    }

    private Database open() {
        return Database.open(KioskSettings.of(dataDir).databaseFile());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds an account, or gives an existing one a new password (and PIN).")
    static final class Add implements Callable<Integer> {
        @CommandLine.ParentCommand
        StaffCommand parent;

        @Parameters(paramLabel = "NAME", description = "The staff member's name, as they will type it.")
        String name;

        @Option(names = "--no-pin", description = "No PIN: this person uses the staff pages from a phone or laptop only.")
        boolean noPin;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = parent.spec.commandLine().getOut();
            Secrets secrets = new Secrets(out);
            String password;
            Optional<String> pin;
            try {
                password = secrets.ask("Password for " + name + ": ", ".{8,}", "The password must have at least 8 characters.");
                pin = noPin ? Optional.empty() : Optional.of(secrets.ask("PIN for " + name + " (4 to 12 digits): ",
                        "\\d{4,12}", "The PIN must be 4 to 12 digits."));
            } catch (Refused refused) {
                out.println();
                parent.spec.commandLine().getErr().println(refused.getMessage() + " Nothing was saved.");
                return 2;
            }
            try (Database db = parent.open()) {
                parent.accounts(db).put(name, password, pin);
            }
            out.println("Staff account '" + name.strip() + "' saved" + (pin.isPresent() ? " with a PIN." : "."));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts' names.")
    static final class ListAccounts implements Callable<Integer> {
        @CommandLine.ParentCommand
        StaffCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = parent.spec.commandLine().getOut();
            try (Database db = parent.open()) {
                parent.accounts(db).names().forEach(out::println);
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an account (not the last one).")
    static final class Remove implements Callable<Integer> {
        @CommandLine.ParentCommand
        StaffCommand parent;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            PrintWriter out = parent.spec.commandLine().getOut();
            try (Database db = parent.open()) {
                if (!parent.accounts(db).remove(name)) {
                    parent.spec.commandLine().getErr().println("There is no staff account '" + name + "'.");
                    return 1;
                }
            } catch (IllegalStateException e) {
                parent.spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            out.println("Staff account '" + name.strip() + "' removed.");
            return 0;
        }
    }

    /** A secret that does not follow the rule. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** Secrets typed at a terminal without echo (asked twice), or read one per line from a pipe. */
    private static final class Secrets {
        private final PrintWriter out;
        private final Console console = System.console();
        private BufferedReader piped;

        Secrets(PrintWriter out) {
            this.out = out;
        }

        String ask(String prompt, String pattern, String rule) throws IOException, Refused {
            String first = read(prompt);
            if (!first.matches(pattern) || first.isBlank()) {
                throw new Refused(rule);
            }
            if (console != null && !first.equals(read("Again: "))) {
                throw new Refused("The two did not match.");
            }
            return first;
        }

        private String read(String prompt) throws IOException {
            if (console != null) {
                char[] typed = console.readPassword("%s", prompt);
                String value = typed == null ? "" : new String(typed);
                if (typed != null) {
                    Arrays.fill(typed, ' ');
                }
                return value;
            }
            out.print(prompt);
            out.flush();
            if (piped == null) {
                piped = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            String line = piped.readLine();
            return line == null ? "" : line;
        }
    }
}
