package org.hoctap.gateway.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hoctap.gateway.inbox.HouseholdActions;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.MovableClock;
import org.hoctap.shared.testing.SeededDatabase;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** USSD sessions on the seeded commune, without the SMPP link: menus, choices, timeouts, many at once. */
class UssdServiceTest {
    @TempDir
    Path dir;

    private Database db;
    private MovableClock clock;
    private UssdService ussd;
    private String phone;
    private int sessionInfo;

    @BeforeEach
    void open() {
        db = SeededDatabase.create(dir);
        phone = SeededDatabase.samplePhone(db);
        clock = new MovableClock(Instant.parse("2026-06-01T03:00:00Z"));
        Templates templates = Templates.load(Optional.empty());
        ussd = new UssdService(db, templates, new HouseholdActions(templates, RuleSets.shipped(), clock),
                UssdProfile.DEFAULT, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Screen dial(String msisdn) {
        sessionInfo++;
        return ussd.handle(new UssdRequest(msisdn, Optional.of(sessionInfo), UssdOperation.PSSR_INDICATION, "*123#"))
                .orElseThrow();
    }

    private Screen answer(String msisdn, String text) {
        return ussd.handle(new UssdRequest(msisdn, Optional.of(sessionInfo), UssdOperation.USSR_CONFIRM, text))
                .orElseThrow();
    }

    /** {@code count} phones more in the sample phone's household. */
    private List<String> morePhonesOfTheHousehold(int count) {
        List<String> phones = new ArrayList<>();
        String household = db.read(c -> People.phone(c, phone)).orElseThrow().householdId();
        db.write(c -> {
            for (int i = 0; i < count; i++) {
                String e164 = "+8491" + String.format("%07d", 5_000_000 + i);
                People.insert(c, new Phone(e164, household, Optional.empty(), false), clock.instant());
                phones.add(e164);
            }
            return null;
        });
        return phones;
    }

    private long ussdActivities() {
        return db.read(c -> Jdbc.count(c, "SELECT coalesce(sum(count), 0) FROM activity WHERE channel = 'USSD'"));
    }

    private void speaks(Language language) {
        db.write(c -> {
            People.setLanguage(c, People.phone(c, phone).orElseThrow().householdId(), language);
            return null;
        });
    }

    @Test
    void aReportThroughTheMenusInEachLanguageIsRecordedOnceAtTheEnd() {
        String[] recorded = {"Da ghi nhan: doc sach, bao x3", "Ghi nhan leo: an su, an bao x3",
            "Sau tseg lawm"};
        Language[] languages = {Language.VI, Language.BLT, Language.HNJ};
        for (int i = 0; i < languages.length; i++) {
            speaks(languages[i]);
            Screen main = dial(phone);
            assertFalse(main.ends());
            assertTrue(answer(phone, "1").text().contains("\n1 "), "categories");
            Screen adults = answer(phone, "1");
            assertTrue(adults.text().contains("2 "), adults.text());
            answer(phone, "2"); // activity 12, the second adult one
            assertEquals(i * 3L, ussdActivities(), "nothing is recorded before the last step");
            Screen done = answer(phone, "3");
            assertTrue(done.ends());
            assertEquals(3L * (i + 1), ussdActivities());
            if (languages[i] != Language.HNJ) {
                assertTrue(done.text().startsWith(recorded[i]), languages[i] + ": " + done.text());
            }
        }
    }

    @Test
    void aChoiceNotOnTheScreenGetsTheSameScreenAgainAtEveryLevel() {
        Screen main = dial(phone);
        assertEquals("Chon sai. " + main.text(), answer(phone, "7").text());
        Screen categories = answer(phone, "1");
        assertEquals("Chon sai. " + categories.text(), answer(phone, "x").text());
        Screen adults = answer(phone, "1");
        assertEquals("Chon sai. " + adults.text(), answer(phone, "55").text());
        Screen count = answer(phone, "1");
        assertEquals("Chon sai. " + count.text(), answer(phone, "500").text());
        assertEquals(0L, ussdActivities());
        assertTrue(answer(phone, "2").ends());
        assertEquals(2L, ussdActivities());
    }

    @Test
    void aSessionIdleTooLongRecordsNothingAndALateAnswerIsToldItExpired() {
        dial(phone);
        answer(phone, "1");
        answer(phone, "1");
        answer(phone, "1");
        clock.advance(Duration.ofSeconds(61));
        Screen late = answer(phone, "3");
        assertTrue(late.ends());
        assertEquals("Phien da het gio. Xin goi lai.", late.text());
        assertEquals(0L, ussdActivities());
        assertEquals(0, ussd.openSessions());
    }

    @Test
    void dialingAgainEndsTheFirstSession() {
        dial(phone);
        answer(phone, "1");
        int first = sessionInfo;
        dial(phone);
        assertEquals(1, ussd.openSessions());
        Screen stale = ussd.handle(new UssdRequest(phone, Optional.of(first), UssdOperation.USSR_CONFIRM, "1"))
                .orElseThrow();
        assertTrue(stale.ends(), "the first session is gone");
        assertTrue(answer(phone, "1").text().contains("1 "), "the second goes on");
    }

    @Test
    void aHandsetConfirmingANotificationGetsNoAnswer() {
        assertTrue(ussd.handle(new UssdRequest(phone, Optional.of(5), UssdOperation.USSN_CONFIRM, "")).isEmpty());
    }

    @Test
    void theHandsetReleasingTheSessionEndsItSilently() {
        dial(phone);
        assertTrue(ussd.handle(new UssdRequest(phone, Optional.of(sessionInfo), UssdOperation.PSSR_RESPONSE, ""))
                .isEmpty());
        assertEquals(0, ussd.openSessions());
    }

    @Test
    void registeringAPhoneThatBelongsToAnotherHouseholdAsksFirst() {
        String other = db.read(c -> Jdbc.one(c, """
                SELECT h.code FROM household h WHERE h.id <> (SELECT household_id FROM phone WHERE e164 = ?)
                ORDER BY h.code LIMIT 1""", row -> row.getString(1), phone)).orElseThrow();
        dial(phone);
        answer(phone, "3");
        Screen confirm = answer(phone, other.toLowerCase());
        assertTrue(confirm.text().contains("Chuyen sang ho " + other), confirm.text());
        Screen moved = answer(phone, "1");
        assertTrue(moved.ends());
        assertEquals(other, db.read(c -> People.household(c, People.phone(c, phone).orElseThrow().householdId()))
                .orElseThrow().code());
    }

    @Test
    void fiveHundredSessionsAtOnceAllComplete() throws Exception {
        List<String> phones = morePhonesOfTheHousehold(500);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < phones.size(); i++) {
                String msisdn = phones.get(i);
                int info = 10_000 + i;
                done.add(pool.submit(() -> {
                    ussd.handle(new UssdRequest(msisdn, Optional.of(info), UssdOperation.PSSR_INDICATION, "*123#"));
                    for (String choice : List.of("1", "1", "2")) {
                        ussd.handle(new UssdRequest(msisdn, Optional.of(info), UssdOperation.USSR_CONFIRM, choice));
                    }
                    return ussd.handle(new UssdRequest(msisdn, Optional.of(info), UssdOperation.USSR_CONFIRM, "1"))
                            .orElseThrow().ends();
                }));
            }
            for (Future<Boolean> f : done) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(500L, ussdActivities());
        assertEquals(0, ussd.openSessions());
    }

    /**
     * Answers that come just in time while the sweeper, whose clock reads two seconds later, finds the
     * same sessions just too old: whichever goes first, a session whose answer got a menu back stays
     * open for the next answer (a sweep that worked from a stale copy of it used to end it anyway).
     */
    @Test
    void aSweepRacingAnAnswerNeverEndsTheSessionTheAnswerKept() throws Exception {
        ThreadLocal<Duration> ahead = ThreadLocal.withInitial(() -> Duration.ZERO);
        java.time.Clock racing = new java.time.Clock() {
            @Override
            public Instant instant() {
                return clock.instant().plus(ahead.get());
            }

            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        Templates templates = Templates.load(Optional.empty());
        UssdService service = new UssdService(db, templates, new HouseholdActions(templates, RuleSets.shipped(), racing),
                UssdProfile.DEFAULT, racing);
        int sessions = 200;
        List<String> phones = morePhonesOfTheHousehold(sessions);
        int kept = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < sessions; i++) { // one session at a time, its answer and a sweep let go together
                int info = 50_000 + i;
                String msisdn = phones.get(i);
                service.handle(new UssdRequest(msisdn, Optional.of(info), UssdOperation.PSSR_INDICATION, "*123#"));
                clock.advance(Duration.ofSeconds(59));
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                Future<Boolean> answered = pool.submit(() -> {
                    together.await();
                    return !service.handle(new UssdRequest(msisdn, Optional.of(info), UssdOperation.USSR_CONFIRM, "1"))
                            .orElseThrow().ends();
                });
                Future<Integer> swept = pool.submit(() -> {
                    ahead.set(Duration.ofSeconds(2));
                    try {
                        together.await();
                        return service.sweep();
                    } finally {
                        ahead.remove(); // the pool's thread answers in a later round, on time
                    }
                });
                swept.get();
                if (answered.get()) {
                    kept++;
                    Screen next = service.handle(new UssdRequest(msisdn, Optional.of(info), UssdOperation.USSR_CONFIRM,
                            "1")).orElseThrow();
                    assertFalse(next.text().startsWith("Phien da het gio"), "session " + i + " ended after it answered");
                }
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(kept > 0, "some answers came before the sweep (else this checks nothing): " + kept + " kept");
    }

    @Test
    void anOperatorWithoutSessionInfoHasOneSessionPerPhone() {
        Templates templates = Templates.load(Optional.empty());
        UssdService byPhone = new UssdService(db, templates, new HouseholdActions(templates, RuleSets.shipped(), clock),
                new UssdProfile("USSD", UssdOperation.USSR_REQUEST, UssdOperation.PSSR_RESPONSE, false,
                        Duration.ofSeconds(60)), clock);
        byPhone.handle(new UssdRequest(phone, Optional.empty(), UssdOperation.PSSR_INDICATION, "*123#"));
        byPhone.handle(new UssdRequest(phone, Optional.empty(), UssdOperation.USSR_CONFIRM, "1"));
        byPhone.handle(new UssdRequest(phone, Optional.empty(), UssdOperation.USSR_CONFIRM, "1"));
        byPhone.handle(new UssdRequest(phone, Optional.empty(), UssdOperation.USSR_CONFIRM, "1"));
        assertTrue(byPhone.handle(new UssdRequest(phone, Optional.of(77), UssdOperation.USSR_CONFIRM, "2"))
                .orElseThrow().ends(), "an its_session_info the operator sends anyway is not needed");
        assertEquals(2L, ussdActivities());
    }
}
