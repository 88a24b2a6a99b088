package org.hoctap.gateway.officers;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hoctap.gateway.config.CentralDataCommand;
import org.hoctap.shared.login.KeptSecret;
import org.hoctap.shared.login.SecretHash;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code officers}: the central web's accounts. {@code add} makes one for a centre, a commune or a
 * province (by its code) and prints its generated password once; {@code list}; {@code disable}.
 */
@Command(name = "officers", mixinStandardHelpOptions = true,
        description = "Accounts on the central web: add one (its password is printed once), list them, disable one.",
        subcommands = {OfficersCommand.Add.class, OfficersCommand.ListOfficers.class, OfficersCommand.Disable.class})
public final class OfficersCommand extends CentralDataCommand {
    private static final int PASSWORD_DIGITS = 10;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account and prints its password.")
    static final class Add implements Callable<Integer> {
        @CommandLine.ParentCommand
        OfficersCommand parent;

        @Option(names = "--login", required = true, description = "The name to log in with, e.g. xa.quaichieng.")
        String login;

        @Option(names = "--name", required = true, description = "The person's or office's name, for the log.")
        String name;

        @Option(names = "--role", required = true,
                description = "CENTRE_STAFF, COMMUNE_OFFICER or PROVINCE_OFFICER.")
        OfficerRole role;

        @Option(names = "--unit", required = true,
                description = "The code of the centre (for centre staff), the commune or the province, e.g. QC or 99010.")
        String unit;

        @Option(names = "--sensitive", description = "May see sensitive data (ethnicity).")
        boolean sensitive;

        @Override
        public Integer call() {
            PrintWriter out = parent.out();
            PrintWriter err = parent.err();
            if (!login.strip().matches("[A-Za-z0-9._-]{2,40}")) {
                err.println("A login is 2 to 40 letters, digits, dots, dashes or underscores: '" + login + "'.");
                return 1;
            }
            String password = KeptSecret.digits(PASSWORD_DIGITS);
            try (Database db = parent.open()) {
                Optional<String> unitId = db.read(c -> role == OfficerRole.CENTRE_STAFF
                        ? Jdbc.one(c, "SELECT id FROM centre WHERE code = ?", row -> row.getString(1), unit.strip())
                        : Jdbc.one(c, "SELECT id FROM admin_unit WHERE code = ? AND level = ? AND valid_to IS NULL",
                                row -> row.getString(1), unit.strip(),
                                role == OfficerRole.COMMUNE_OFFICER ? "COMMUNE" : "PROVINCE"));
                if (unitId.isEmpty()) {
                    err.println("No " + (role == OfficerRole.CENTRE_STAFF ? "centre" : role == OfficerRole.COMMUNE_OFFICER
                            ? "commune" : "province") + " with the code " + unit + " in " + db.file() + ".");
                    return 1;
                }
                if (db.read(c -> Officers.byLogin(c, login.strip())).isPresent()) {
                    err.println("There is already an account '" + login.strip() + "'.");
                    return 1;
                }
                db.write(c -> Officers.create(c, login.strip(), name.strip(), role, unitId.get(), sensitive,
                        SecretHash.of(password), Clock.systemUTC().instant()));
            }
            out.println("Account '" + login.strip() + "' (" + role + ", " + unit.strip() + ") made. Its password, "
                    + "shown this once: " + password);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts.")
    static final class ListOfficers implements Callable<Integer> {
        @CommandLine.ParentCommand
        OfficersCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = parent.out();
            try (Database db = parent.open()) {
                List<String> lines = db.read(c -> Jdbc.list(c, """
                        SELECT login, name, role, sees_sensitive, disabled_at,
                            coalesce((SELECT code FROM centre WHERE id = unit_id),
                                     (SELECT code FROM admin_unit WHERE id = unit_id), '?') AS unit
                        FROM officer ORDER BY login""", row -> String.format("%-20s %-17s %-8s %s%s%s",
                        row.getString("login"), row.getString("role"), row.getString("unit"), row.getString("name"),
                        row.getInt("sees_sensitive") == 1 ? "  (sensitive data)" : "",
                        row.getString("disabled_at") == null ? "" : "  DISABLED")));
                lines.forEach(out::println);
                if (lines.isEmpty()) {
                    out.println("No account yet: the gateway makes 'tinh' at its first start.");
                }
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables an account (kept in the log).")
    static final class Disable implements Callable<Integer> {
        @CommandLine.ParentCommand
        OfficersCommand parent;

        @Parameters(paramLabel = "LOGIN", description = "The account's login.")
        String login;

        @Override
        public Integer call() {
            try (Database db = parent.open()) {
                int changed = db.write(c -> Jdbc.update(c,
                        "UPDATE officer SET disabled_at = ? WHERE login = ? AND disabled_at IS NULL",
                        Clock.systemUTC().instant(), login.strip()));
                if (changed == 0) {
                    parent.err().println("No active account '" + login + "'.");
                    return 1;
                }
            }
            parent.out().println("Account '" + login.strip() + "' disabled.");
            return 0;
        }
    }
}
