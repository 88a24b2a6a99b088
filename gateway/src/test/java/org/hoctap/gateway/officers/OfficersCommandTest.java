package org.hoctap.gateway.officers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoctap.shared.login.SecretHash;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OfficersCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new OfficersCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void anAccountIsAddedWithAPasswordShownOnceThatLogsInAndCanBeDisabled() {
        SeededDatabase.create(dataDir).close();
        assertEquals(0, run("add", "--data-dir", dataDir.toString(), "--login", "xa.qc", "--name", "Cán bộ xã",
                "--role", "COMMUNE_OFFICER", "--unit", "99010"));
        Matcher password = Pattern.compile("shown this once: (\\d{10})").matcher(out.toString());
        assertTrue(password.find(), out.toString());
        try (Database db = Database.open(dataDir.resolve("hoctap.db"))) {
            Officers.Account account = db.read(c -> Officers.byLogin(c, "XA.QC")).orElseThrow();
            assertEquals(OfficerRole.COMMUNE_OFFICER, account.officer().role());
            assertTrue(SecretHash.matches(password.group(1), account.passwordHash()));
            assertEquals(1, db.read(c -> Officers.communes(c, account.officer())).communeIds().size());
        }
        assertEquals(1, run("add", "--data-dir", dataDir.toString(), "--login", "xa.qc", "--name", "again", "--role",
                "COMMUNE_OFFICER", "--unit", "99010"));
        assertTrue(err.toString().contains("There is already an account 'xa.qc'."), err.toString());
        assertEquals(1, run("add", "--data-dir", dataDir.toString(), "--login", "xa.old", "--name", "old", "--role",
                "COMMUNE_OFFICER", "--unit", "99001"));
        assertTrue(err.toString().contains("No commune with the code 99001"), "a commune merged away takes no account");

        assertEquals(0, run("disable", "--data-dir", dataDir.toString(), "xa.qc"));
        try (Database db = Database.open(dataDir.resolve("hoctap.db"))) {
            assertTrue(db.read(c -> Officers.byLogin(c, "xa.qc")).isEmpty(), "a disabled account cannot log in");
        }
        assertEquals(0, run("list", "--data-dir", dataDir.toString()));
        assertTrue(out.toString().contains("DISABLED"), out.toString());
    }
}
