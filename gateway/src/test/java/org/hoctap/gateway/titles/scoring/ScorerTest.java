package org.hoctap.gateway.titles.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.titles.rules.RuleSet;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.people.CitizenGroup;
import org.hoctap.shared.titles.AreaType;
import org.hoctap.shared.titles.TitleKind;
import org.junit.jupiter.api.Test;

/** The shipped rule sets scored against examples worked by hand from the rule files. */
class ScorerTest {
    private static final RuleSets SHIPPED = RuleSets.shipped();
    private static final RuleSet CITIZEN = SHIPPED.forTitle(TitleKind.CITIZEN, 2026).orElseThrow();
    private static final RuleSet FAMILY = SHIPPED.forTitle(TitleKind.FAMILY, 2026).orElseThrow();

    /**
     * A farmer who read 12 times (1.1: 10), came to 8 classes (1.2: 10), followed 12 programmes (1.3:
     * 10), learned a technique 4 times (1.4: 10), used a phone to learn 6 times (2.1: 10), studied a
     * language 6 times (2.2: 10), self-scored 10 and 10 (2.3, 2.4), went to the club 6 times (3.1: 10)
     * and helped others 3 times (3.2: 10): 100 points.
     */
    private static KnownFigures fullCitizen() {
        return new KnownFigures().activity(12, 12).learnerTurns(8).activity(13, 12).activity(15, 4)
                .activity(17, 6).activity(16, 6).fact("NUMERACY", 10).fact("CRITICAL_THINKING", 10)
                .activity(14, 6).activity(31, 2).activity(32, 1);
    }

    @Test
    void aCitizenWithEverythingReachesAHundred() {
        Score score = Scorer.score(CITIZEN, Optional.of(CitizenGroup.FARMER), AreaType.NORMAL, fullCitizen(), Map.of());
        assertEquals(100, score.total());
        assertEquals(OptionalInt.of(80), score.passMark());
        assertTrue(score.achieved());
        assertEquals(List.of(), score.shortfalls());
    }

    @Test
    void oneIndicatorAtFourFailsAnOtherwisePassingCitizen() {
        // Numeracy self-scored 4: total 94, far over 80, but 2.3 is under the floor of 5.
        KnownFigures figures = fullCitizen().fact("NUMERACY", 4);
        Score score = Scorer.score(CITIZEN, Optional.of(CitizenGroup.FARMER), AreaType.NORMAL, figures, Map.of());
        assertEquals(94, score.total());
        assertFalse(score.achieved(), "an indicator under 5 fails the title whatever the total");
        assertEquals(List.of("2.3"), score.shortfalls().stream().map(s -> s.indicator().code()).toList());
    }

    @Test
    void seventyTwoPointsPassInADisadvantagedCommuneOnly() {
        // 1.1: 4 reports -> 6; 1.2: 2 classes -> 6; 1.3: 3 -> 6; 1.4: 2 -> 8; 2.1: 3 -> 8; 2.2: 3 -> 8;
        // 2.3: 8; 2.4: 6; 3.1: 3 -> 8; 3.2: 2 -> 8.
        KnownFigures figures = new KnownFigures().activity(12, 4).learnerTurns(2).activity(13, 3).activity(15, 2)
                .activity(17, 3).activity(16, 3).fact("NUMERACY", 8).fact("CRITICAL_THINKING", 6)
                .activity(14, 3).activity(32, 2);
        // 6 + 6 + 6 + 8 + 8 + 8 + 8 + 6 + 8 + 8 = 72, every indicator at 5 or more.
        Score normal = Scorer.score(CITIZEN, Optional.of(CitizenGroup.FARMER), AreaType.NORMAL, figures, Map.of());
        Score remote = Scorer.score(CITIZEN, Optional.of(CitizenGroup.FARMER), AreaType.DISADVANTAGED, figures, Map.of());
        assertEquals(72, normal.total());
        assertFalse(normal.achieved(), "72 is under 80");
        assertEquals(OptionalInt.of(70), remote.passMark());
        assertTrue(remote.achieved(), "72 reaches the 70 of a disadvantaged commune");
    }

    @Test
    void anOfficialsFormCountsTrainingCoursesWhereAFarmerCountsTechniques() {
        KnownFigures figures = fullCitizen().activity(15, 0).fact("TRAINING_COURSES", 2);
        Score farmer = Scorer.score(CITIZEN, Optional.of(CitizenGroup.FARMER), AreaType.NORMAL, figures, Map.of());
        Score official = Scorer.score(CITIZEN, Optional.of(CitizenGroup.OFFICIAL), AreaType.NORMAL, figures, Map.of());
        assertEquals(90, farmer.total());
        assertFalse(farmer.achieved(), "no technique learned: 1.4 is 0, under the floor");
        assertEquals(100, official.total());
        assertTrue(official.achieved());
        assertEquals("bồi dưỡng chuyên môn, nghiệp vụ", official.indicators().get(3).indicator().names()
                .in(org.hoctap.shared.text.Language.VI));
    }

    @Test
    void anOfficersAdjustmentReplacesTheComputedPoints() {
        KnownFigures figures = fullCitizen().fact("NUMERACY", 4);
        Adjustment seen = new Adjustment("2.3", 7, "saw the learner's certificate", "officer", Instant.EPOCH);
        Score score = Scorer.score(CITIZEN, Optional.of(CitizenGroup.FARMER), AreaType.NORMAL, figures,
                Map.of("2.3", seen));
        assertEquals(97, score.total());
        assertTrue(score.achieved());
        assertEquals(4, score.indicators().get(6).computed(), "the computed points stay visible beside the adjustment");
    }

    /**
     * A family: a child attending school reported 9 times (1.1: 15), completion recorded (1.2: 10), no
     * award (1.3: 0); adults 80 % literate (2.1: 5), 4 learner-turns (2.2: 6), reading 12 times (2.3: 7),
     * half the adults learning citizens (2.4: 7); a study corner (3.1: 10), 3 phone or radio lessons
     * (3.2: 6); a cultural family (4.1: 10), one fund contribution (4.2: 6). 15+10+0+5+6+7+7+10+6+10+6 = 82.
     */
    @Test
    void aFamilyScoredByHand() {
        KnownFigures figures = new KnownFigures().activity(21, 9).fact("CHILD_SCHOOL_COMPLETION", 1)
                .fact("ADULT_LITERACY_PERCENT", 80).learnerTurns(4).activity(12, 12).learningCitizensPercent(50)
                .fact("STUDY_CORNER", 1).activity(13, 2).activity(17, 1).fact("CULTURAL_FAMILY", 1).activity(31, 1);
        Score score = Scorer.score(FAMILY, Optional.empty(), AreaType.NORMAL, figures, Map.of());
        assertEquals(82, score.total());
        assertTrue(score.achieved());
        assertEquals(100, FAMILY.maximum());
        assertEquals(List.of(30, 30, 20, 20), FAMILY.criteria().stream().map(c -> c.points()).toList());
    }

    @Test
    void aFamilyShortOfThePassMarkIsToldWhatWasShort() {
        // Reading only twice (2.3: 2 of 7) and a child's schooling reported once (1.1: 3 of 15); the rest as above.
        KnownFigures figures = new KnownFigures().activity(21, 1).fact("CHILD_SCHOOL_COMPLETION", 1)
                .fact("ADULT_LITERACY_PERCENT", 80).learnerTurns(4).activity(12, 2).learningCitizensPercent(50)
                .fact("STUDY_CORNER", 1).activity(13, 3).fact("CULTURAL_FAMILY", 1).activity(31, 1);
        Score score = Scorer.score(FAMILY, Optional.empty(), AreaType.NORMAL, figures, Map.of());
        assertEquals(3 + 10 + 0 + 5 + 6 + 2 + 7 + 10 + 6 + 10 + 6, score.total());
        assertFalse(score.achieved());
        assertEquals(List.of("1.1", "1.3", "2.3"), score.shortfalls().stream().map(s -> s.indicator().code()).toList());
    }

    @Test
    void aTitleTheProvinceHasNotFilledInIsNotScored() {
        RuleSet clan = SHIPPED.forTitle(TitleKind.CLAN, 2026).orElseThrow();
        assertFalse(clan.configured());
        assertThrows(IllegalArgumentException.class,
                () -> Scorer.score(clan, Optional.empty(), AreaType.NORMAL, new KnownFigures(), Map.of()));
    }
}
