package org.hoctap.gateway.titles.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.gateway.outbox.QuietHours;
import org.hoctap.gateway.outbox.ReplyLimits;
import org.hoctap.gateway.titles.TitlesFixture;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.RegistrationChannel;
import org.hoctap.gateway.titles.registration.Registrations;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.review.Review;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.people.People;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Folding;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.hoctap.shared.titles.TitleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultNoticesTest {
    /** 10:00 in Vietnam: broadcasts may go. */
    private static final Instant MORNING = Instant.parse("2026-12-05T03:00:00Z");
    /** 23:30 in Vietnam: quiet hours. */
    private static final Instant NIGHT = Instant.parse("2026-12-05T16:30:00Z");

    @TempDir
    Path dir;

    private TitlesFixture fixture;
    private Officer officer;
    private TitleRegistration family;

    @BeforeEach
    void open() {
        fixture = new TitlesFixture(dir);
        officer = fixture.communeOfficer(fixture.otherCommune);
        family = fixture.db.write(c -> Registrations.register(c, TitlesFixture.YEAR, TitleKind.FAMILY,
                new Registrant.Household(fixture.otherHousehold.id()), RegistrationChannel.SMS, TitlesFixture.IN_THE_YEAR,
                "test")).registration();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ResultNotices notices(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        Templates templates = Templates.load(Optional.empty());
        return new ResultNotices(new ResultMessages(RuleSets.shipped(), templates), templates,
                new Outbox(Folding.NEVER, clock, ReplyLimits.DEFAULTS, QuietHours.VIETNAM), clock);
    }

    private void decide() {
        fixture.db.write(c -> new Review(RuleSets.shipped(), Clock.fixed(MORNING, ZoneOffset.UTC)).confirm(c, officer,
                family.id()));
    }

    private List<String> textsTo(String phone) {
        return fixture.db.read(c -> Jdbc.list(c, "SELECT text FROM outbound_message WHERE recipient = ? ORDER BY created_at",
                row -> row.getString(1), phone));
    }

    @Test
    void aResultGoesOnceToEachPhoneInTheHouseholdsLanguage() {
        fixture.db.write(c -> {
            People.setLanguage(c, fixture.otherHousehold.id(), Language.HNJ);
            return null;
        });
        decide();
        ResultNotices notices = notices(MORNING);
        ResultNotices.Sent sent = fixture.db.write(c -> notices.sendStanding(c, new CommuneScope(List.of(fixture.otherCommune)), 2026));
        assertEquals(new ResultNotices.Sent(2, 0, 0, 0), sent);
        for (String phone : List.of("+84912000001", "+84912000002")) {
            List<String> texts = textsTo(phone);
            assertEquals(1, texts.size());
            assertTrue(texts.get(0).startsWith("Tsev neeg Lò Văn Khong (MK0001) tsi tau Gia dinh hoc tap xyoo 2026: 0/100"),
                    texts.get(0));
        }
        ResultNotices.Sent again = fixture.db.write(c -> notices.sendStanding(c, new CommuneScope(List.of(fixture.otherCommune)), 2026));
        assertEquals(new ResultNotices.Sent(0, 0, 0, 2), again);
        assertEquals(1, textsTo("+84912000001").size(), "sent once");
    }

    @Test
    void anOptedOutPhoneGetsNothing() {
        fixture.db.write(c -> {
            People.setOptedOut(c, "+84912000002", true);
            return null;
        });
        decide();
        ResultNotices.Sent sent = fixture.db.write(c -> notices(MORNING).sendStanding(c, new CommuneScope(List.of(fixture.otherCommune)), 2026));
        assertEquals(new ResultNotices.Sent(1, 1, 0, 0), sent);
        assertEquals(List.of(), textsTo("+84912000002"));
    }

    @Test
    void resultsSentInQuietHoursWaitForTheMorning() {
        decide();
        fixture.db.write(c -> notices(NIGHT).sendStanding(c, new CommuneScope(List.of(fixture.otherCommune)), 2026));
        Instant notBefore = fixture.db.read(c -> Jdbc.one(c,
                "SELECT not_before FROM outbound_message WHERE recipient = '+84912000001'",
                row -> org.hoctap.shared.store.Rows.instant(row, "not_before"))).orElseThrow();
        assertEquals(Instant.parse("2026-12-06T00:00:00Z"), notBefore, "07:00 in Vietnam the next day");
    }

    @Test
    void aReplacedDecisionIsSentAgainAndOnlyTheStandingOne() {
        decide();
        ResultNotices notices = notices(MORNING);
        fixture.db.write(c -> notices.sendStanding(c, new CommuneScope(List.of(fixture.otherCommune)), 2026));
        fixture.db.write(c -> new Review(RuleSets.shipped(), Clock.fixed(MORNING.plusSeconds(60), ZoneOffset.UTC))
                .adjust(c, officer, family.id(), "4.1", 10, "cultural family certificate 2026"));
        fixture.db.write(c -> new Review(RuleSets.shipped(), Clock.fixed(MORNING.plusSeconds(60), ZoneOffset.UTC))
                .confirm(c, officer, family.id()));
        fixture.db.write(c -> notices.sendStanding(c, new CommuneScope(List.of(fixture.otherCommune)), 2026));
        List<String> texts = textsTo("+84912000001");
        assertEquals(2, texts.size());
        assertTrue(texts.get(1).contains("10/100"), texts.get(1));
    }

    @Test
    void aCitizensResultGoesToTheirOwnPhone() {
        TitleRegistration citizen = fixture.db.write(c -> Registrations.register(c, 2026, TitleKind.CITIZEN,
                new Registrant.Person(fixture.otherFarmer.id()), RegistrationChannel.SMS, TitlesFixture.IN_THE_YEAR,
                "test")).registration();
        fixture.db.write(c -> new Review(RuleSets.shipped(), Clock.fixed(MORNING, ZoneOffset.UTC)).confirm(c, officer,
                citizen.id()));
        ResultNotices.Sent sent = fixture.db.write(c -> notices(MORNING).sendStanding(c, new CommuneScope(List.of(fixture.otherCommune)), 2026));
        assertEquals(1, sent.queued());
        assertTrue(textsTo("+84912000001").get(0).startsWith("Lò Văn Khong chưa đạt Công dân học tập năm 2026"),
                textsTo("+84912000001").get(0));
        assertEquals(List.of(), textsTo("+84912000002"));
    }
}
