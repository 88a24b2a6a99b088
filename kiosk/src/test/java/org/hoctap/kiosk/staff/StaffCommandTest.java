package org.hoctap.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.kiosk.staff.StaffAccounts.Secret;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./hoctap staff …} on a real kiosk database, the secrets piped in as a script would. */
class StaffCommandTest {
    @TempDir
    Path dir;

    @Test
    void addsListsAndRemovesAccountsButNeverTheLastOne() throws Exception {
        SeededDatabase.create(dir).close();
        assertEquals(0, run("mật khẩu của Lan\n2468\n", "add", "Lan"));
        assertEquals(0, run("mật khẩu của Páo\n", "add", "Páo", "--no-pin"));
        try (Database db = Database.open(KioskSettings.of(dir).databaseFile())) {
            StaffAccounts accounts = new StaffAccounts(db, Clock.systemUTC());
            assertEquals(Optional.of("Lan"), accounts.check("lan", Secret.PASSWORD, "mật khẩu của Lan"));
            assertEquals(Optional.of("Lan"), accounts.check("Lan", Secret.PIN, "2468"));
            assertEquals(List.of("Lan"), accounts.namesWithPin());
        }
        StringWriter listed = new StringWriter();
        assertEquals(0, run("", listed, "list"));
        assertEquals(List.of("Lan", "Páo"), listed.toString().lines().toList());

        assertEquals(1, run("", "remove", "Nobody"));
        assertEquals(0, run("", "remove", "Páo"));
        StringWriter refused = new StringWriter();
        assertEquals(1, run("", new StringWriter(), refused, "remove", "Lan"));
        assertTrue(refused.toString().contains("last staff account"), refused.toString());
    }

    @Test
    void aShortPasswordOrAPinOfLettersIsRefusedAndNothingIsSaved() throws Exception {
        SeededDatabase.create(dir).close();
        assertEquals(2, run("short\n", "add", "Lan"));
        assertEquals(2, run("long enough password\nabcd\n", "add", "Lan"));
        StringWriter listed = new StringWriter();
        run("", listed, "list");
        assertEquals("", listed.toString());
    }

    private int run(String stdin, String... args) throws Exception {
        return run(stdin, new StringWriter(), args);
    }

    private int run(String stdin, StringWriter out, String... args) throws Exception {
        return run(stdin, out, new StringWriter(), args);
    }

    private int run(String stdin, StringWriter out, StringWriter err, String... args) throws Exception {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--data-dir";
            all[args.length + 1] = dir.toString();
            CommandLine command = new CommandLine(new StaffCommand());
            command.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
            return command.execute(all);
        } finally {
            System.setIn(saved);
        }
    }
}
