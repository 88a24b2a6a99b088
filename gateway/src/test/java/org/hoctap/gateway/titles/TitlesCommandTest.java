package org.hoctap.gateway.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TitlesCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new TitlesCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private long registrations() {
        try (Database db = Database.open(dataDir.resolve("hoctap.db"))) {
            return db.read(c -> Jdbc.count(c, "SELECT count(*) FROM title_registration"));
        }
    }

    @Test
    void aDryRunSaysWhatWouldBeRegisteredAndChangesNothingThenTheImportDoes() throws Exception {
        SeededDatabase.create(dataDir).close();
        Path list = dataDir.resolve("dang-ky.csv");
        Files.writeString(list, "title,household\nGDHT,QC0001\nGDHT,QC0002\nGDHT,XX0001\n");
        assertEquals(1, run("import", "--data-dir", dataDir.toString(), "--year", "2026", "--dry-run", list.toString()));
        assertTrue(out.toString().contains("Would register 2 for 2026"), out.toString());
        assertTrue(err.toString().contains("dang-ky.csv:4: no household XX0001"), err.toString());
        assertEquals(0, registrations());
        run("import", "--data-dir", dataDir.toString(), "--year", "2026", list.toString());
        assertEquals(2, registrations());
    }

    @Test
    void aListNotInUtf8IsRefusedSayingHowToSaveIt() throws Exception {
        SeededDatabase.create(dataDir).close();
        Path list = dataDir.resolve("windows-1258.csv");
        Files.write(list, "title,household\nGia \u00f0ình,QC0001\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals(1, run("import", "--data-dir", dataDir.toString(), list.toString()));
        assertTrue(err.toString().contains("is not UTF-8 text: save it as \"CSV UTF-8\""), err.toString());
        assertEquals(0, registrations());
    }

    @Test
    void rulesListsTheSetsInForceAndNamesTheProblemsOfABadFile() throws Exception {
        assertEquals(0, run("rules", "--data-dir", dataDir.toString()));
        assertTrue(out.toString().contains("cdht-2022@1    CITIZEN   from 2022  Công dân học tập"), out.toString());
        Files.createDirectories(dataDir.resolve("rules"));
        Files.writeString(dataDir.resolve("rules/tinh.json"), "{\"id\": \"x\", \"version\": 1}", StandardCharsets.UTF_8);
        assertEquals(1, run("rules", "--data-dir", dataDir.toString()));
        assertTrue(err.toString().startsWith("tinh.json cannot be used:\n  title: missing"), err.toString());
    }
}
