package org.hoctap.gateway.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hoctap.gateway.inbox.InboundProcessor.Outcome;
import org.hoctap.gateway.titles.results.ResultMessages;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.activity.Activities;
import org.hoctap.shared.activity.Activity;
import org.hoctap.shared.activity.ActivityType;
import org.hoctap.shared.activity.Channel;
import org.hoctap.shared.grammar.ReportedActivity;
import org.hoctap.shared.grammar.SmsCommand;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The business actions of the household language, whatever the channel: an SMS's parsed command, or
 * the command a USSD menu has put together. Runs inside the caller's transaction and says what it
 * did and what to answer, in the household's language.
 *
 * <ul>
 *   <li>{@code DK <code>} registers the phone ({@link Registration}); any other command from an
 *       unregistered number gets {@code sms.not_registered} (in Vietnamese: we know no language);</li>
 *   <li>a report records one activity per known code and answers {@code sms.recorded} (with the year's
 *       total), or {@code sms.recorded_partly} naming the codes not in the catalogue; with no known
 *       code it records nothing and answers {@code sms.unknown_code} naming the closest valid code;
 *       an unknown member number records nothing;</li>
 *   <li>progress answers with the confirmed result when there is one ({@link TitleCommands}), else with
 *       this year's count; titles, language, undo, stop and start do what {@link TitleCommands} and
 *       {@link HouseholdCommands} say; an opted-out phone's reports are recorded but not answered.</li>
 * </ul>
 */
public final class HouseholdActions {
    static final String NOT_REGISTERED = "sms.not_registered";
    static final String RECORDED = "sms.recorded";
    static final String RECORDED_PARTLY = "sms.recorded_partly";
    static final String UNKNOWN_CODE = "sms.unknown_code";
    static final String HELP = "sms.help";
    static final String EMPTY = "sms.empty";
    static final String UNKNOWN_MEMBER = "sms.unknown_member";

    private static final Logger log = LoggerFactory.getLogger(HouseholdActions.class);

    private final Templates templates;
    private final ResultMessages results;
    private final Clock clock;

    public HouseholdActions(Templates templates, RuleSets ruleSets, Clock clock) {
        this.templates = templates;
        this.results = new ResultMessages(ruleSets, templates);
        this.clock = clock;
    }

    /**
     * What {@code command} from {@code sender} does, recorded as come by {@code channel} (from the
     * stored message {@code source}, when there is one); {@code emptyText}: the sender sent nothing.
     */
    public Answer act(Connection c, String sender, SmsCommand command, Channel channel, Optional<String> source,
            boolean emptyText) throws SQLException {
        Optional<Phone> phone = People.phone(c, sender);
        Optional<Household> household = phone.isEmpty() ? Optional.empty()
                : Optional.of(People.household(c, phone.get().householdId())
                        .orElseThrow(() -> new IllegalStateException("a phone without its household")));
        if (command instanceof SmsCommand.Register register) {
            return Registration.register(c, sender, phone, household, register, clock.instant());
        }
        if (phone.isEmpty()) {
            return Answer.of(Outcome.NOT_REGISTERED, Reply.of(NOT_REGISTERED, Language.VI));
        }
        return answer(c, command, channel, source, emptyText, phone.get(), household.get());
    }

    /** What a registered phone's message does; an opted-out phone is answered only when it asks something. */
    private Answer answer(Connection c, SmsCommand command, Channel channel, Optional<String> source,
            boolean emptyText, Phone phone, Household household) throws SQLException {
        Language language = household.language();
        Instant now = clock.instant();
        return switch (command) {
            case SmsCommand.Help help -> Answer.of(Outcome.HELP,
                    Reply.of(emptyText ? EMPTY : HELP, language));
            case SmsCommand.Unparsed unparsed -> {
                log.debug("a message from {} not understood: {}", PhoneNumbers.maskedForLog(phone.e164()), unparsed.reason());
                yield phone.optedOut() ? Answer.silent(Outcome.UNPARSED)
                        : Answer.of(Outcome.UNPARSED, Reply.of(HELP, language));
            }
            case SmsCommand.Report report -> {
                Answer answer = report(c, report, channel, source, phone, household, now);
                yield phone.optedOut() ? Answer.silent(answer.outcome()) : answer;
            }
            case SmsCommand.Register register -> throw new IllegalStateException("registration is decided first");
            case SmsCommand.Progress progress -> TitleCommands.result(c, phone, household, results, now)
                    .orElse(HouseholdCommands.progress(c, household, now));
            case SmsCommand.RegisterForTitle title -> TitleCommands.register(c, phone, household, title, now);
            case SmsCommand.ChooseLanguage choice -> HouseholdCommands.language(c, household, choice);
            case SmsCommand.Undo undo -> HouseholdCommands.undo(c, household, templates, now);
            case SmsCommand.Stop stop -> HouseholdCommands.stop(c, phone, household);
            case SmsCommand.Start start -> HouseholdCommands.start(c, phone, household);
        };
    }

    /**
     * Records the activities with known codes and says which codes are not in the catalogue; when no
     * code is known, records nothing and names the closest valid one. An unknown member number records
     * nothing. A named member's activity is theirs; otherwise it is the phone's person's, if any.
     */
    private Answer report(Connection c, SmsCommand.Report report, Channel channel, Optional<String> source,
            Phone phone, Household household, Instant now) throws SQLException {
        Language language = household.language();
        List<ReportedActivity> known = new ArrayList<>();
        Set<Integer> unknown = new TreeSet<>();
        for (ReportedActivity reported : report.activities()) {
            if (Activities.type(c, reported.code()).isPresent()) {
                known.add(reported);
            } else {
                unknown.add(reported.code());
            }
        }
        if (known.isEmpty()) {
            int code = unknown.iterator().next();
            Set<Integer> catalogue = new TreeSet<>();
            for (ActivityType type : Activities.catalogue(c)) {
                catalogue.add(type.code());
            }
            List<Integer> closest = ClosestCode.to(code, catalogue, 2);
            if (closest.isEmpty()) {
                throw new IllegalStateException("the activity catalogue is empty");
            }
            String or = " " + templates.render("sms.or", language) + " ";
            return Answer.of(Outcome.UNKNOWN_CODE, new Reply(UNKNOWN_CODE, language, Map.of("code", code,
                    "closest", String.join(or, closest.stream().map(String::valueOf).toList()))));
        }
        Map<Integer, String> members = new HashMap<>();
        if (known.stream().anyMatch(r -> r.member().isPresent())) {
            People.members(c, household.id()).forEach(p -> members.put(p.memberNo(), p.id()));
        }
        for (ReportedActivity reported : known) {
            if (reported.member().isPresent() && !members.containsKey(reported.member().getAsInt())) {
                return Answer.of(Outcome.UNKNOWN_MEMBER, new Reply(UNKNOWN_MEMBER, language,
                        Map.of("household", household.code(), "member", reported.member().getAsInt())));
            }
        }
        for (ReportedActivity reported : known) {
            Optional<String> person = reported.member().isPresent()
                    ? Optional.of(members.get(reported.member().getAsInt())) : phone.personId();
            Activities.insert(c, new Activity(Ids.newId(), household.id(), person, reported.code(),
                    reported.count(), now, channel, source));
        }
        String names = ActivityNames.list(templates, language, known);
        if (!unknown.isEmpty()) {
            return Answer.of(Outcome.RECORDED_PARTLY, new Reply(RECORDED_PARTLY, language, Map.of("activities", names,
                    "unknown", String.join(", ", unknown.stream().map(String::valueOf).toList()))));
        }
        return Answer.of(Outcome.RECORDED, new Reply(RECORDED, language, Map.of("activities", names,
                "household", household.code(), "total", HouseholdCommands.thisYear(c, household, now))));
    }
}
