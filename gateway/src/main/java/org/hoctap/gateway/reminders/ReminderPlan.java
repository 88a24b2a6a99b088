package org.hoctap.gateway.reminders;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.shared.activity.Activities;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * Who a reminder goes to and what each phone receives, worked out the same way for the preview and
 * for the sending: every phone of the households of the reminder's communes (only those registered
 * as learning families, when it says so), in the household's language, except phones that opted out,
 * households already at the goal of a progress reminder, and phones that had
 * {@value #MOST_BROADCASTS_A_DAY} broadcasts in the last 24 hours (Decree 91/2020's limit).
 */
public record ReminderPlan(List<Message> messages, int optedOut, int atGoal, int overLimit) {
    static final String PROGRESS = "reminder.progress";
    static final String OPT_OUT = "reminder.opt_out";
    static final int MOST_BROADCASTS_A_DAY = 3;

    /** One message to send. */
    public record Message(String phone, String householdCode, Language language, String templateKey, String text) {
    }

    public ReminderPlan {
        messages = List.copyOf(messages);
    }

    public int skipped() {
        return optedOut + atGoal + overLimit;
    }

    public static ReminderPlan of(Connection c, Reminder reminder, Templates templates, Instant now) throws SQLException {
        record Recipient(String phone, boolean optedOut, String householdId, String code, Language language) {
        }
        List<Recipient> recipients = Jdbc.list(c, """
                SELECT ph.e164, ph.opted_out, h.id, h.code, h.language FROM phone ph
                JOIN household h ON h.id = ph.household_id JOIN village v ON v.id = h.village_id
                WHERE\s""" + reminder.communes().sql("v.commune_id") + (reminder.audience() == Reminder.Audience.ALL ? ""
                : " AND EXISTS (SELECT 1 FROM title_registration r WHERE r.household_id = h.id AND r.title = 'FAMILY'"
                        + " AND r.year = " + reminder.year() + ")") + " ORDER BY h.code, ph.e164",
                row -> new Recipient(row.getString(1), row.getInt(2) == 1, row.getString(3), row.getString(4),
                        Language.fromTag(row.getString(5)).orElse(Language.VI)),
                reminder.communes().params(List.of()));
        List<Message> messages = new ArrayList<>();
        int optedOut = 0;
        int atGoal = 0;
        int overLimit = 0;
        for (Recipient r : recipients) {
            if (r.optedOut()) {
                optedOut++;
                continue;
            }
            if (Jdbc.count(c, """
                    SELECT count(*) FROM outbound_message WHERE recipient = ? AND in_reply_to IS NULL AND created_at >= ?""",
                    r.phone(), now.minus(Duration.ofHours(24))) >= MOST_BROADCASTS_A_DAY) {
                overLimit++;
                continue;
            }
            if (reminder.kind() == Reminder.Kind.TEXT) {
                String words = reminder.texts().getOrDefault(r.language(), reminder.texts().get(Language.VI));
                messages.add(new Message(r.phone(), r.code(), r.language(), "reminder.text",
                        words.strip() + " " + templates.render(OPT_OUT, r.language())));
                continue;
            }
            long count = Activities.countBetween(c, r.householdId(), TitleYears.start(reminder.year()),
                    TitleYears.end(reminder.year()));
            long missing = reminder.goal().getAsInt() - count;
            if (missing <= 0) {
                atGoal++;
                continue;
            }
            messages.add(new Message(r.phone(), r.code(), r.language(), PROGRESS, templates.render(PROGRESS,
                    r.language(), Map.of("household", r.code(), "count", count, "missing", missing,
                            "year", reminder.year()))));
        }
        return new ReminderPlan(messages, optedOut, atGoal, overLimit);
    }
}
