package org.hoctap.gateway.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.activity.Activities;
import org.hoctap.shared.activity.ActivityCategory;
import org.hoctap.shared.activity.ActivityType;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every USSD screen, in every language, fits one screen of GSM-7 (182 characters), Vietnamese unaccented. */
class UssdScreensTest {
    private final UssdScreens screens = new UssdScreens(Templates.load(Optional.empty()));

    @Test
    void everyScreenFitsInEveryLanguage(@TempDir Path dir) {
        List<ActivityType> catalogue;
        try (Database db = SeededDatabase.create(dir)) {
            catalogue = db.read(Activities::catalogue);
        }
        for (Language language : Language.values()) {
            List<Screen> all = new ArrayList<>(List.of(screens.main(language), screens.categories(language),
                    screens.householdCode(language), screens.confirmMove(language, "QC0042", "QC1234"),
                    screens.languages(language), screens.help(language), screens.thanks(language),
                    screens.expired(language)));
            for (ActivityType type : catalogue) {
                all.add(screens.count(language, type.code()));
            }
            int offered = 0;
            for (ActivityCategory category : ActivityCategory.values()) {
                List<ActivityType> ofCategory = catalogue.stream().filter(t -> t.category() == category).toList();
                for (UssdScreens.Page page : screens.pages(language, ofCategory)) {
                    all.add(page.screen());
                    offered += page.codes().size();
                }
            }
            assertEquals(catalogue.size(), offered, language + ": every activity is on some page");
            String wrong = screens.invalid(language, screens.main(language)).text().split(" ")[0];
            for (Screen screen : List.copyOf(all)) {
                if (!screen.ends()) {
                    Screen again = screens.invalid(language, screen);
                    assertTrue(again.text().startsWith(wrong) && again.text().endsWith(screen.text()),
                            language + ": the screen again, saying the choice was wrong: " + again.text());
                    all.add(again);
                }
            }
            for (Screen screen : all) {
                assertTrue(Screen.fits(screen.text()), language + ": " + screen.text());
                assertTrue(Screen.septets(screen.text()) <= 182, language + ": " + screen.text());
                if (language == Language.VI) {
                    assertTrue(screen.text().chars().allMatch(ch -> ch < 128), "unaccented: " + screen.text());
                }
            }
        }
    }

    @Test
    void theMainMenuReadsAsItShould() {
        assertEquals("Hoc tap cong dong\n1 Bao hoat dong\n2 Ket qua nam nay\n3 Dang ky so cho ho\n4 Ngon ngu\n5 Huong dan",
                screens.main(Language.VI).text());
    }

    @Test
    void aLongAnswerIsCutToOneScreen() {
        Screen cut = screens.last("Đã ghi nhận: " + "đọc sách, báo x3; ".repeat(20));
        assertTrue(cut.ends());
        assertTrue(Screen.septets(cut.text()) <= 182);
        assertTrue(cut.text().endsWith("..."));
    }
}
