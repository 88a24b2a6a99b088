package org.hoctap.gateway.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.gateway.outbox.QuietHours;
import org.hoctap.gateway.outbox.ReplyLimits;
import org.hoctap.gateway.titles.TitlesFixture;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.People;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;
import org.hoctap.shared.text.Folding;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reminders to the small commune's household (two phones), planned and sent on a real database. */
class RemindersTest {
    /** 1 October 2026, 08:00 in Vietnam: Lifelong Learning Week. */
    private static final Instant WEEK = Instant.parse("2026-10-01T01:00:00Z");
    private static final Templates TEMPLATES = Templates.load(Optional.empty());

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

    private Reminder progress(int goal, Instant sendAt) {
        return new Reminder(Ids.newId(), Reminder.Kind.PROGRESS, Map.of(), OptionalInt.of(goal), Reminder.Audience.ALL,
                2026, new CommuneScope(List.of(fixture.otherCommune)), sendAt, "xa", WEEK, Reminder.State.SCHEDULED,
                Optional.empty(), 0, 0);
    }

    private Reminder text(Map<Language, String> texts, Instant sendAt) {
        return new Reminder(Ids.newId(), Reminder.Kind.TEXT, texts, OptionalInt.empty(), Reminder.Audience.ALL, 2026,
                new CommuneScope(List.of(fixture.otherCommune)), sendAt, "xa", WEEK, Reminder.State.SCHEDULED,
                Optional.empty(), 0, 0);
    }

    private ReminderPlan plan(Reminder reminder, Instant now) {
        return fixture.db.read(c -> ReminderPlan.of(c, reminder, TEMPLATES, now));
    }

    @Test
    void aProgressReminderSaysWhatEachHouseholdLacksAndSkipsTheOptedOut() {
        fixture.reported(fixture.otherFarmer, 12, 3);
        fixture.db.write(c -> {
            People.setOptedOut(c, "+84912000002", true);
            return null;
        });
        ReminderPlan plan = plan(progress(8, WEEK), WEEK);
        assertEquals(1, plan.messages().size());
        assertEquals(1, plan.optedOut());
        assertEquals("Năm 2026, hộ MK0001 đã có 3 hoạt động học tập; còn 5 nữa là đạt mục tiêu. Nhắn mã, vd: 12. "
                + "TC: ngừng nhận tin.", plan.messages().get(0).text());
        assertEquals(1, plan(progress(3, WEEK), WEEK).atGoal(), "a household at its goal is not reminded");
    }

    @Test
    void anOfficersTextGoesInTheHouseholdsLanguageWithHowToStop() {
        fixture.db.write(c -> {
            People.setLanguage(c, fixture.otherHousehold.id(), Language.HNJ);
            return null;
        });
        Map<Language, String> words = Map.of(Language.VI, "Tuần lễ học tập suốt đời 1-7/10: mời cả nhà đến TTHTCĐ.",
                Language.HNJ, "Lub lim tiam kawm ntawv 1-7/10: caw tuaj TTHTCD.");
        assertEquals("Lub lim tiam kawm ntawv 1-7/10: caw tuaj TTHTCD. TC: tsi txais xov.",
                plan(text(words, WEEK), WEEK).messages().get(0).text());
        assertEquals("Tuần lễ học tập suốt đời 1-7/10: mời cả nhà đến TTHTCĐ. TC: tsi txais xov.",
                plan(text(Map.of(Language.VI, words.get(Language.VI)), WEEK), WEEK).messages().get(0).text(),
                "no Hmong words: the Vietnamese ones");
    }

    @Test
    void aPhoneThatHadThreeBroadcastsTodayIsLeftAlone() {
        Outbox outbox = new Outbox(Folding.NEVER, Clock.fixed(WEEK, ZoneOffset.UTC));
        fixture.db.write(c -> {
            for (int i = 0; i < 3; i++) {
                outbox.broadcast(c, "+84912000001", "reminder.text", Language.VI, "tin " + i);
            }
            return null;
        });
        ReminderPlan plan = plan(text(Map.of(Language.VI, "Mời họp"), WEEK), WEEK.plusSeconds(60));
        assertEquals(1, plan.overLimit());
        assertEquals(List.of("+84912000002"), plan.messages().stream().map(ReminderPlan.Message::phone).toList());
    }

    @Test
    void aDueReminderIsSentOnceAndOneNotDueOrCancelledIsNot() {
        Reminder due = text(Map.of(Language.VI, "Mời họp chi hội khuyến học tối nay."), WEEK);
        Reminder later = text(Map.of(Language.VI, "Sau."), WEEK.plusSeconds(3600));
        Reminder cancelled = text(Map.of(Language.VI, "Hủy."), WEEK);
        fixture.db.write(c -> {
            Reminders.insert(c, due);
            Reminders.insert(c, later);
            Reminders.insert(c, cancelled);
            Reminders.cancel(c, cancelled.id(), WEEK);
            return null;
        });
        Clock clock = Clock.fixed(WEEK.plusSeconds(5), ZoneOffset.UTC);
        Outbox outbox = new Outbox(Folding.NEVER, clock, ReplyLimits.DEFAULTS, QuietHours.VIETNAM);
        ReminderSender sender = new ReminderSender(fixture.db, outbox, TEMPLATES, clock);
        assertEquals(1, sender.sendDue());
        assertEquals(0, sender.sendDue(), "sent once");
        assertEquals(2L, (long) fixture.db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM outbound_message WHERE template = 'reminder.text'")));
        Reminder sent = fixture.db.read(c -> Reminders.byId(c, due.id())).orElseThrow();
        assertEquals(Reminder.State.SENT, sent.state());
        assertEquals(2, sent.queued());
        assertEquals(Reminder.State.SCHEDULED, fixture.db.read(c -> Reminders.byId(c, later.id())).orElseThrow().state());
    }

    @Test
    void aReminderDueAtNightWaitsForTheMorning() {
        Instant night = Instant.parse("2026-10-01T16:00:00Z"); // 23:00 in Vietnam
        Reminder due = text(Map.of(Language.VI, "Nhắc."), night);
        fixture.db.write(c -> {
            Reminders.insert(c, due);
            return null;
        });
        Clock clock = Clock.fixed(night, ZoneOffset.UTC);
        new ReminderSender(fixture.db, new Outbox(Folding.NEVER, clock, ReplyLimits.DEFAULTS, QuietHours.VIETNAM),
                TEMPLATES, clock).sendDue();
        List<Instant> holds = fixture.db.read(c -> Jdbc.list(c,
                "SELECT not_before FROM outbound_message WHERE template = 'reminder.text'",
                row -> Rows.instant(row, "not_before")));
        assertEquals(List.of(Instant.parse("2026-10-02T00:00:00Z"), Instant.parse("2026-10-02T00:00:00Z")), holds);
        assertTrue(holds.stream().allMatch(h -> h.isAfter(night)));
    }
}
