package org.hoctap.gateway.titles.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.titles.TitlesFixture;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.RegistrationChannel;
import org.hoctap.gateway.titles.registration.Registrations;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.evidence.Facts;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.gateway.titles.scoring.IndicatorScore;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.titles.AreaType;
import org.hoctap.shared.titles.TitleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An officer's review on a real database: scores from evidence, adjustments, decisions, and who may do what where. */
class ReviewTest {
    private static final Instant DECEMBER = Instant.parse("2026-12-05T03:00:00Z");

    @TempDir
    Path dir;

    private TitlesFixture fixture;
    private Review review;

    @BeforeEach
    void open() {
        fixture = new TitlesFixture(dir);
        review = new Review(RuleSets.shipped(), Clock.fixed(DECEMBER, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private TitleRegistration register(TitleKind title, Registrant registrant) {
        return fixture.db.write(c -> Registrations.register(c, TitlesFixture.YEAR, title, registrant,
                RegistrationChannel.STAFF, TitlesFixture.IN_THE_YEAR, "test")).registration();
    }

    /** A citizen at 72 points, every indicator at 5 or more (the worked example of the scorer's test). */
    private void seventyTwoPoints(Person person) {
        fixture.reported(person, 12, 4);
        fixture.reported(person, 13, 3);
        fixture.reported(person, 15, 2);
        fixture.reported(person, 17, 3);
        fixture.reported(person, 16, 3);
        fixture.reported(person, 14, 3);
        fixture.reported(person, 32, 2);
        fixture.db.write(c -> {
            Facts.record(c, TitlesFixture.YEAR, person.id(), "NUMERACY", 8, "", "test", TitlesFixture.IN_THE_YEAR);
            Facts.record(c, TitlesFixture.YEAR, person.id(), "CRITICAL_THINKING", 6, "", "test", TitlesFixture.IN_THE_YEAR);
            return null;
        });
    }

    @Test
    void theCommunesAreaTypeSelectsThePassMark() {
        // 1.2 (classes at the centre) is given by the officer below, as from a paper register: both stand at 72.
        for (Person person : List.of(fixture.sampleFarmer, fixture.otherFarmer)) {
            seventyTwoPoints(person);
        }
        TitleRegistration highland = register(TitleKind.CITIZEN, new Registrant.Person(fixture.sampleFarmer.id()));
        TitleRegistration lowland = register(TitleKind.CITIZEN, new Registrant.Person(fixture.otherFarmer.id()));
        Officer province = fixture.provinceOfficer();
        for (TitleRegistration r : List.of(highland, lowland)) {
            fixture.db.write(c -> review.adjust(c, province, r.id(), "1.2", 6, "two classes on the paper register"));
        }
        Evaluation high = fixture.db.read(c -> review.evaluate(c, province, highland.id()));
        Evaluation low = fixture.db.read(c -> review.evaluate(c, province, lowland.id()));
        assertEquals(72, high.score().orElseThrow().total());
        assertEquals(72, low.score().orElseThrow().total());
        assertEquals(AreaType.DISADVANTAGED, high.score().orElseThrow().area());
        assertTrue(high.score().orElseThrow().achieved(), "70 is enough in a disadvantaged commune");
        assertFalse(low.score().orElseThrow().achieved(), "80 is needed in a normal one");
    }

    @Test
    void theEvidenceBehindEachIndicatorIsShown() {
        fixture.reported(fixture.otherFarmer, 12, 12);
        TitleRegistration r = register(TitleKind.CITIZEN, new Registrant.Person(fixture.otherFarmer.id()));
        Evaluation evaluation = fixture.db.read(c -> review.evaluate(c, fixture.communeOfficer(fixture.otherCommune), r.id()));
        IndicatorScore reading = evaluation.score().orElseThrow().indicators().get(0);
        assertEquals("1.1", reading.indicator().code());
        assertEquals(12, reading.figure().orElseThrow());
        assertEquals(10, reading.points());
        assertTrue(evaluation.score().orElseThrow().indicators().get(6).figure().isEmpty(),
                "numeracy has no recorded self-assessment yet");
    }

    @Test
    void aCommuneOfficerCannotSeeOrDecideAnotherCommunesPeople() {
        TitleRegistration other = register(TitleKind.FAMILY, new Registrant.Household(fixture.otherHousehold.id()));
        Officer highlandOfficer = fixture.communeOfficer(fixture.sampleCommune);
        for (Runnable step : List.<Runnable>of(
                () -> fixture.db.read(c -> review.evaluate(c, highlandOfficer, other.id())),
                () -> fixture.db.write(c -> review.adjust(c, highlandOfficer, other.id(), "1.1", 15, "seen")),
                () -> fixture.db.write(c -> review.confirm(c, highlandOfficer, other.id())))) {
            ReviewRefusal refusal = assertThrows(ReviewRefusal.class, step::run);
            assertEquals(Review.NOT_YOURS, refusal.templateKey());
        }
        assertEquals(List.of(), fixture.db.read(c -> Decisions.history(c, other.id())));
        assertEquals(List.of(), fixture.db.read(c -> Registrations.inCommunes(c, TitlesFixture.YEAR,
                org.hoctap.gateway.officers.Officers.communes(c, highlandOfficer)).stream()
                .filter(r -> r.id().equals(other.id())).toList()));
        assertEquals(1, fixture.db.read(c -> Registrations.inCommunes(c, TitlesFixture.YEAR,
                org.hoctap.gateway.officers.Officers.communes(c, fixture.provinceOfficer()))).size(),
                "the province officer sees both communes' registrations");
    }

    @Test
    void centreStaffMaySeeTheirCommuneButNotDecide() {
        TitleRegistration r = register(TitleKind.FAMILY, new Registrant.Household(fixture.sampleHousehold.id()));
        Officer staff = fixture.centreStaff();
        assertTrue(fixture.db.read(c -> review.evaluate(c, staff, r.id())).score().isPresent());
        ReviewRefusal refusal = assertThrows(ReviewRefusal.class, () -> fixture.db.write(c -> review.confirm(c, staff, r.id())));
        assertEquals(Review.MAY_NOT_DECIDE, refusal.templateKey());
    }

    @Test
    void anAdjustmentNeedsAReasonAndStaysWithinTheIndicatorsPoints() {
        TitleRegistration r = register(TitleKind.FAMILY, new Registrant.Household(fixture.otherHousehold.id()));
        Officer officer = fixture.communeOfficer(fixture.otherCommune);
        assertEquals(Review.POINTS_OUT_OF_RANGE, assertThrows(ReviewRefusal.class,
                () -> fixture.db.write(c -> review.adjust(c, officer, r.id(), "1.3", 6, "two awards"))).templateKey());
        assertEquals(Review.REASON_NEEDED, assertThrows(ReviewRefusal.class,
                () -> fixture.db.write(c -> review.adjust(c, officer, r.id(), "1.3", 5, "  "))).templateKey());
        assertEquals(Review.NO_SUCH_INDICATOR, assertThrows(ReviewRefusal.class,
                () -> fixture.db.write(c -> review.adjust(c, officer, r.id(), "9.9", 5, "x"))).templateKey());

        Evaluation adjusted = fixture.db.write(c -> review.adjust(c, officer, r.id(), "1.3", 5, "award certificate seen"));
        IndicatorScore award = adjusted.score().orElseThrow().indicators().get(2);
        assertEquals(5, award.points());
        assertEquals(0, award.computed());
        assertEquals("award certificate seen", award.adjustment().orElseThrow().reason());
        assertEquals(officer.login(), award.adjustment().orElseThrow().by());
    }

    @Test
    void aChangedDecisionIsANewRecordNamingTheOneItReplaces() {
        TitleRegistration r = register(TitleKind.FAMILY, new Registrant.Household(fixture.otherHousehold.id()));
        Officer officer = fixture.communeOfficer(fixture.otherCommune);
        Decision first = fixture.db.write(c -> review.confirm(c, officer, r.id()));
        assertFalse(first.achieved());
        assertEquals("gdht-2016@1", first.ruleSet());
        assertEquals(RuleSets.shipped().byLabel("gdht-2016@1").orElseThrow().digest(), first.ruleSetDigest());
        assertEquals(officer.login(), first.decidedBy());
        assertEquals(DECEMBER, first.decidedAt());

        for (String code : List.of("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2")) {
            int points = fixture.db.read(c -> review.evaluate(c, officer, r.id())).rules().orElseThrow().criteria()
                    .stream().flatMap(k -> k.indicators().stream()).filter(i -> i.code().equals(code)).findFirst()
                    .orElseThrow().points();
            fixture.db.write(c -> review.adjust(c, officer, r.id(), code, points, "commune register, 2026"));
        }
        Decision second = fixture.db.write(c -> review.confirm(c, officer, r.id()));
        assertTrue(second.achieved(), "15+10+8+8+7+10+10+10+10 = 88 points after the adjustments: " + second.total());
        assertEquals(Optional.of(first.id()), second.replaces());
        assertEquals(List.of(first.id(), second.id()),
                fixture.db.read(c -> Decisions.history(c, r.id())).stream().map(Decision::id).toList());
        assertEquals(second.id(), fixture.db.read(c -> Decisions.standing(c, r.id())).orElseThrow().id());
    }

    @Test
    void aTitleNotYetConfiguredTakesRegistrationsButIsNotScored() {
        TitleRegistration clan = register(TitleKind.CLAN, new Registrant.NamedGroup(
                fixture.db.read(c -> org.hoctap.shared.people.People.household(c, fixture.otherHousehold.id()))
                        .orElseThrow().villageId(), "Họ Lò"));
        Officer officer = fixture.communeOfficer(fixture.otherCommune);
        assertTrue(fixture.db.read(c -> review.evaluate(c, officer, clan.id())).score().isEmpty());
        assertEquals(Review.NOT_CONFIGURED, assertThrows(ReviewRefusal.class,
                () -> fixture.db.write(c -> review.confirm(c, officer, clan.id()))).templateKey());
    }

    @Test
    void aRegistrationNoRuleSetCoversIsShownUnscoredAndDecidingOnItIsRefused() {
        // The citizen's criteria start in 2022: a registration of 2021 (made before the rule was there) has none.
        TitleRegistration r = fixture.db.write(c -> Registrations.register(c, 2021, TitleKind.CITIZEN,
                new Registrant.Person(fixture.otherFarmer.id()), RegistrationChannel.STAFF, TitlesFixture.IN_THE_YEAR,
                "test")).registration();
        Officer officer = fixture.communeOfficer(fixture.otherCommune);
        Evaluation evaluation = fixture.db.read(c -> review.evaluate(c, officer, r.id()));
        assertTrue(evaluation.rules().isEmpty());
        assertTrue(evaluation.score().isEmpty());
        ReviewRefusal refusal = assertThrows(ReviewRefusal.class,
                () -> fixture.db.write(c -> review.confirm(c, officer, r.id())));
        assertEquals(Review.NO_RULES, refusal.templateKey());
        assertEquals(java.util.Map.of("title", "Công dân học tập", "year", 2021), refusal.values());
        assertEquals(Review.NO_RULES, assertThrows(ReviewRefusal.class,
                () -> fixture.db.write(c -> review.adjust(c, officer, r.id(), "1.1", 5, "seen"))).templateKey());
        assertEquals(List.of(), fixture.db.read(c -> Decisions.history(c, r.id())));
    }
}
