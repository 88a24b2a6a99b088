package org.hoctap.gateway.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hoctap.gateway.inbox.InboundProcessor.Outcome;
import org.hoctap.shared.activity.Activities;
import org.hoctap.shared.activity.Activity;
import org.hoctap.shared.grammar.ReportedActivity;
import org.hoctap.shared.grammar.SmsCommand;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/** The commands of a registered phone other than reports: progress, language, undo, stop and start. */
final class HouseholdCommands {
    static final String PROGRESS = "sms.progress";
    static final String LANGUAGE_SET = "sms.language_set";
    static final String LANGUAGE_CHOICES = "sms.language_choices";
    static final String UNDONE = "sms.undone";
    static final String NOTHING_TO_UNDO = "sms.nothing_to_undo";
    static final String OPTED_OUT = "sms.opted_out";
    static final String OPTED_IN = "sms.opted_in";

    /** Households count their year in Vietnam's time, whatever the server's zone. */
    private static final ZoneId HOUSEHOLD_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration UNDO_WITHIN = Duration.ofHours(24);

    private HouseholdCommands() {
    }

    /** This calendar year's count of activities, in the household's language. */
    static Answer progress(Connection c, Household household, Instant now) throws SQLException {
        return Answer.of(Outcome.PROGRESS, new Reply(PROGRESS, household.language(), Map.of("year",
                now.atZone(HOUSEHOLD_ZONE).getYear(), "household", household.code(), "count",
                thisYear(c, household, now))));
    }

    /** How many activities the household has recorded this calendar year (Vietnam's), undone ones left out. */
    static long thisYear(Connection c, Household household, Instant now) throws SQLException {
        LocalDate newYear = now.atZone(HOUSEHOLD_ZONE).toLocalDate().withDayOfYear(1);
        return Activities.countBetween(c, household.id(), newYear.atStartOfDay(HOUSEHOLD_ZONE).toInstant(),
                newYear.plusYears(1).atStartOfDay(HOUSEHOLD_ZONE).toInstant());
    }

    /** The household's language from now on; the reply is already in it. Without a language: the choices. */
    static Answer language(Connection c, Household household, SmsCommand.ChooseLanguage command) throws SQLException {
        if (command.language().isEmpty()) {
            return Answer.of(Outcome.LANGUAGE, Reply.of(LANGUAGE_CHOICES, household.language()));
        }
        Language chosen = command.language().get();
        People.setLanguage(c, household.id(), chosen);
        return Answer.of(Outcome.LANGUAGE, Reply.of(LANGUAGE_SET, chosen));
    }

    /** Takes back the household's last report of the past day, and says what it held. */
    static Answer undo(Connection c, Household household, Templates templates, Instant now) throws SQLException {
        List<Activity> undone = Activities.undoLastReport(c, household.id(), now.minus(UNDO_WITHIN), now);
        if (undone.isEmpty()) {
            return Answer.of(Outcome.NOTHING_TO_UNDO, Reply.of(NOTHING_TO_UNDO, household.language()));
        }
        List<ReportedActivity> named = undone.stream().map(a -> new ReportedActivity(a.code(), a.count())).toList();
        return Answer.of(Outcome.UNDONE, new Reply(UNDONE, household.language(),
                Map.of("activities", ActivityNames.list(templates, household.language(), named))));
    }

    /** No more messages to this phone; this confirmation is the last one. */
    static Answer stop(Connection c, Phone phone, Household household) throws SQLException {
        People.setOptedOut(c, phone.e164(), true);
        return Answer.of(Outcome.STOPPED, Reply.of(OPTED_OUT, household.language()));
    }

    static Answer start(Connection c, Phone phone, Household household) throws SQLException {
        People.setOptedOut(c, phone.e164(), false);
        return Answer.of(Outcome.STARTED, Reply.of(OPTED_IN, household.language()));
    }
}
