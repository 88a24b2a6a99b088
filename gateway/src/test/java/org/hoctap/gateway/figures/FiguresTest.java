package org.hoctap.gateway.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.titles.TitlesFixture;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.RegistrationChannel;
import org.hoctap.gateway.titles.registration.Registrations;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.review.Review;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.titles.AreaType;
import org.hoctap.shared.titles.TitleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The officers' figures on the seeded commune and a small normal one beside it. */
class FiguresTest {
    @TempDir
    Path dir;

    private TitlesFixture fixture;

    @BeforeEach
    void open() {
        fixture = new TitlesFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The small commune's family, registered, made to reach the pass mark by adjustments, and confirmed. */
    private void recogniseTheOtherFamily() {
        Officer officer = fixture.communeOfficer(fixture.otherCommune);
        Review review = new Review(RuleSets.shipped(), Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC));
        TitleRegistration family = fixture.db.write(c -> Registrations.register(c, TitlesFixture.YEAR, TitleKind.FAMILY,
                new Registrant.Household(fixture.otherHousehold.id()), RegistrationChannel.STAFF, TitlesFixture.IN_THE_YEAR,
                "test")).registration();
        for (String[] a : new String[][] {{"1.1", "15"}, {"1.2", "10"}, {"2.1", "8"}, {"2.2", "8"}, {"2.3", "7"},
                {"3.1", "10"}, {"3.2", "10"}, {"4.1", "10"}, {"4.2", "10"}}) {
            fixture.db.write(c -> review.adjust(c, officer, family.id(), a[0], Integer.parseInt(a[1]), "sổ theo dõi"));
        }
        fixture.db.write(c -> review.confirm(c, officer, family.id()));
        fixture.db.write(c -> Registrations.register(c, TitlesFixture.YEAR, TitleKind.CITIZEN,
                new Registrant.Person(fixture.otherFarmer.id()), RegistrationChannel.SMS, TitlesFixture.IN_THE_YEAR, "t"));
    }

    @Test
    void aCommunesProgressCountsRecognisedFamiliesAmongAllItsHouseholdsAgainstItsAreasTarget() {
        recogniseTheOtherFamily();
        List<VillageFigures> villages = fixture.db.read(c -> VillageFigures.read(c,
                new CommuneScope(List.of(fixture.otherCommune, fixture.sampleCommune)), TitlesFixture.YEAR));
        List<TitleProgress> progress = TitleProgress.of(villages,
                fixture.db.read(ProgrammeTargets::standing));
        TitleProgress other = progress.stream().filter(p -> p.communeId().equals(fixture.otherCommune)
                && p.title() == TitleKind.FAMILY).findFirst().orElseThrow();
        assertEquals(1, other.registered());
        assertEquals(1, other.achieved());
        assertEquals(1, other.base(), "one household in that commune");
        assertEquals(100, other.percent());
        assertEquals(70, other.target(), "QĐ 387's 70 % for a normal commune");
        TitleProgress highland = progress.stream().filter(p -> p.communeId().equals(fixture.sampleCommune)
                && p.title() == TitleKind.FAMILY).findFirst().orElseThrow();
        assertEquals(AreaType.DISADVANTAGED, highland.area());
        assertEquals(60, highland.target());
        assertEquals(300, highland.base());
        assertEquals(0, highland.achieved());
        TitleProgress citizens = progress.stream().filter(p -> p.communeId().equals(fixture.otherCommune)
                && p.title() == TitleKind.CITIZEN).findFirst().orElseThrow();
        assertEquals(1, citizens.registered());
        assertEquals(0, citizens.achieved());
        assertEquals(1, citizens.base(), "the farmer, born 1980, is one adult of 19 to 60");
    }

    @Test
    void aProvinceOfficersChangedTargetReplacesTheDefault() {
        fixture.db.write(c -> {
            ProgrammeTargets.set(c, TitleKind.FAMILY, AreaType.DISADVANTAGED, 55, "NQ của tỉnh", "tinh", Instant.now());
            return null;
        });
        List<ProgrammeTargets.Target> targets = fixture.db.read(ProgrammeTargets::standing);
        assertEquals(55, ProgrammeTargets.percentFor(targets, TitleKind.FAMILY, AreaType.DISADVANTAGED));
        assertEquals(70, ProgrammeTargets.percentFor(targets, TitleKind.FAMILY, AreaType.NORMAL));
        assertEquals(10, targets.size(), "one standing target per title and area type");
    }

    @Test
    void theYearlyReportHasAVillageRowEachAndTheCommunesTotal() {
        recogniseTheOtherFamily();
        List<List<String>> rows = new ArrayList<>();
        fixture.db.read(c -> {
            YearlyReport.rows(c, new CommuneScope(List.of(fixture.otherCommune)), TitlesFixture.YEAR, "Cả xã",
                    row -> rows.add(List.copyOf(row)));
            return null;
        });
        assertEquals(2, rows.size());
        assertEquals(List.of("xã Mường Khong", "Bản Khong", "1", "1", "1", "1", "1", "0", "0", "0", "0", "0", "0", "0",
                "0", "0"), rows.get(0));
        assertEquals("Cả xã", rows.get(1).get(1));
        assertEquals(rows.get(0).subList(2, 16), rows.get(1).subList(2, 16));
        assertEquals(YearlyReport.CODES.size(), rows.get(0).size());
    }

    @Test
    void ethnicityIsCountedOnlyForThoseAllowedToSeeIt() {
        fixture.checkedIn(fixture.sampleFarmer);
        CommuneScope scope = new CommuneScope(List.of(fixture.sampleCommune));
        LearnerTurnFigures plain = fixture.db.read(c -> LearnerTurnFigures.read(c, scope, TitlesFixture.YEAR, false));
        LearnerTurnFigures sensitive = fixture.db.read(c -> LearnerTurnFigures.read(c, scope, TitlesFixture.YEAR, true));
        assertTrue(plain.byEthnicity().isEmpty());
        assertEquals(1, sensitive.byEthnicity().orElseThrow().size());
        assertEquals(1, sensitive.byEthnicity().orElseThrow().get(0).turns());
        assertEquals(List.of(new LearnerTurnFigures.Count(fixture.sampleFarmer.sex().name(), 1)), plain.bySex());
        assertEquals(List.of(new LearnerTurnFigures.Count("2026-06", 1)), plain.byMonth());
        assertEquals(1, plain.byCentre().size());
    }
}
