package org.hoctap.provisioning.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CardsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CardsCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aHouseholdsCardsCarryTheirNamesAsWrittenAndTheirCodes() throws Exception {
        assumeTrue(Files.isReadable(CardsCommand.DEJAVU.resolve("DejaVuSans.ttf")), "the DejaVu fonts are installed");
        Path data = dir.resolve("gateway");
        String code;
        List<Person> members;
        try (Database db = SeededDatabase.create(data)) {
            code = db.read(c -> Jdbc.one(c, """
                    SELECT h.code FROM household h WHERE (SELECT count(*) FROM person WHERE household_id = h.id) >= 3
                    ORDER BY h.code LIMIT 1""", row -> row.getString(1))).orElseThrow();
            members = db.read(c -> People.members(c, People.householdByCode(c, code).orElseThrow().id()));
        }
        Path pdf = dir.resolve("cards.pdf");
        assertEquals(0, run("--data-dir", data.toString(), "--household", code.toLowerCase(), "--out", pdf.toString()));
        assertTrue(out.toString().startsWith("Wrote " + members.size() + " card(s) on 1 page(s)"), out.toString());
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            for (Person p : members) {
                assertTrue(text.contains(p.fullName()), "'" + p.fullName() + "' in:\n" + text);
                assertTrue(text.contains(code + "-" + p.memberNo()), text);
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void everyoneFitsTenToAPageAndAMissingFontOrNoMatchIsSaid() throws Exception {
        Path data = dir.resolve("gateway");
        SeededDatabase.create(data).close();
        assertEquals(1, run("--data-dir", data.toString(), "--font", dir.resolve("none.ttf").toString()));
        assertTrue(err.toString().contains("install the fonts-dejavu-core package"), err.toString());
        assumeTrue(Files.isReadable(CardsCommand.DEJAVU.resolve("DejaVuSans.ttf")), "the DejaVu fonts are installed");
        assertEquals(1, run("--data-dir", data.toString(), "--household", "XX9999", "--out",
                dir.resolve("none.pdf").toString()));
        assertTrue(err.toString().contains("No learner matches household XX9999."), err.toString());
        Path all = dir.resolve("all.pdf");
        assertEquals(0, run("--data-dir", data.toString(), "--village", "Thôn Tân Lập", "--out", all.toString()));
        PdfReader reader = new PdfReader(all.toString());
        try {
            String printed = out.toString();
            int cards = Integer.parseInt(printed.replaceAll("(?s).*Wrote (\\d+) card.*", "$1"));
            assertEquals((cards + 9) / 10, reader.getNumberOfPages());
        } finally {
            reader.close();
        }
    }
}
