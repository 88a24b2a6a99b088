package org.hoctap.provisioning.cards;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cards}: a PDF of learners' cards to print and cut, for a household, a village or everyone. */
@Command(name = "cards", mixinStandardHelpOptions = true,
        description = "Prints learners' cards (name, household code, member number) as a PDF, ten to an A4 page.")
public final class CardsCommand implements Callable<Integer> {
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    @Option(names = "--data-dir", defaultValue = "./data/gateway",
            description = "The data folder of the database (default: ${DEFAULT-VALUE}; a kiosk's works too).")
    Path dataDir;

    @Option(names = "--household", description = "Only this household's members (its code, e.g. QC0042).")
    String household;

    @Option(names = "--village", description = "Only this village's people (its name).")
    String village;

    @Option(names = "--out", defaultValue = "the-hoc-vien.pdf", description = "The PDF to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--font", description = "A TrueType font with Vietnamese letters (default: DejaVu Sans, from the "
            + "fonts-dejavu-core package); its bold is looked for beside it.")
    Path font;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path regular = font != null ? font : DEJAVU.resolve("DejaVuSans.ttf");
        Path bold = font != null ? boldBeside(font) : DEJAVU.resolve("DejaVuSans-Bold.ttf");
        if (!Files.isReadable(regular)) {
            err.println("No font " + regular + ": install the fonts-dejavu-core package (sudo apt install "
                    + "fonts-dejavu-core), or give a TrueType font with --font FILE.ttf.");
            return 1;
        }
        List<LearnerCard> cards;
        try (Database db = Database.open(dataDir.resolve("hoctap.db"))) {
            cards = db.read(c -> {
                List<Object> params = new ArrayList<>();
                StringBuilder where = new StringBuilder("1 = 1");
                if (household != null) {
                    where.append(" AND h.code = ?");
                    params.add(household.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
                }
                if (village != null) {
                    where.append(" AND v.name = ?");
                    params.add(village.strip());
                }
                return Jdbc.list(c, """
                        SELECT p.full_name, h.code, p.member_no, v.name AS village,
                            coalesce((SELECT ce.name FROM centre ce WHERE ce.commune_id = v.commune_id LIMIT 1), '') AS centre
                        FROM person p JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id
                        WHERE\s""" + where + " ORDER BY v.name, h.code, p.member_no",
                        row -> new LearnerCard(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                                row.getString(5)), params.toArray());
            });
        }
        if (cards.isEmpty()) {
            err.println("No learner matches" + (household != null ? " household " + household : "")
                    + (village != null ? " village " + village : "") + ".");
            return 1;
        }
        int pages;
        try (OutputStream file = Files.newOutputStream(out)) {
            pages = new CardSheet(regular, Files.isReadable(bold) ? bold : regular).write(cards, file);
        }
        console.println("Wrote " + cards.size() + " card(s) on " + pages + " page(s) to " + out + ".");
        return 0;
    }

    private static Path boldBeside(Path font) {
        String name = font.getFileName().toString();
        return font.resolveSibling(name.replaceFirst("(?i)\\.ttf$", "-Bold.ttf"));
    }
}
