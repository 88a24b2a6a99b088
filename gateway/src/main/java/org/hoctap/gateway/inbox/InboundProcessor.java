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
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.shared.activity.Activities;
import org.hoctap.shared.activity.Activity;
import org.hoctap.shared.activity.ActivityType;
import org.hoctap.shared.activity.Channel;
import org.hoctap.shared.grammar.ReportedActivity;
import org.hoctap.gateway.titles.results.ResultMessages;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.grammar.SmsCommand;
import org.hoctap.shared.grammar.SmsGrammar;
import org.hoctap.shared.grammar.SmsNormalizer;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on one stored MO: who sent it, what it says, what to record and what to answer, all in one
 * transaction: the activities, the message's new state and the queued reply are committed together
 * or not at all. A message that is no longer RECEIVED is left alone, so processing twice is harmless.
 *
 * <ul>
 *   <li>a sender that is not a handset's number ({@link ReplyGuard}) is never answered;</li>
 *   <li>{@code DK <code>} registers the phone ({@link Registration}); any other message from an
 *       unregistered number gets {@code sms.not_registered} (in Vietnamese: we know no language);</li>
 *   <li>a report records one activity per known code and answers {@code sms.recorded} (with the year's
 *       total) in the household's language, or {@code sms.recorded_partly} naming the codes not in the
 *       catalogue; with no known code it records nothing and answers {@code sms.unknown_code} naming
 *       the closest valid code; an unknown member number records nothing;</li>
 *   <li>progress ({@code KQ}) answers with the household's confirmed result when there is one
 *       ({@link TitleCommands}), else with this year's count; title registration ({@code GDHT},
 *       {@code CDHT}) is {@link TitleCommands}'s; language, undo, stop and start do what
 *       {@link HouseholdCommands} says;</li>
 *   <li>help, and text outside the grammar, get {@code sms.help}; an empty text {@code sms.empty};</li>
 *   <li>an opted-out phone's reports are recorded (the household sent them) but not answered; it
 *       still gets an answer when it asks something.</li>
 * </ul>
 */
public final class InboundProcessor {
    /** What became of a message (for logs and tests). */
    public enum Outcome {
        RECORDED, RECORDED_PARTLY, UNKNOWN_CODE, UNKNOWN_MEMBER, HELP, UNPARSED, NOT_REGISTERED, ALREADY_DONE, REGISTERED,
        ALREADY_REGISTERED, REGISTER_TO_CONFIRM, NO_SUCH_HOUSEHOLD, PROGRESS, LANGUAGE, UNDONE, NOTHING_TO_UNDO,
        STOPPED, STARTED, TITLE_REGISTERED, WHICH_MEMBER, RESULT
    }

    static final String NOT_REGISTERED = "sms.not_registered";
    static final String RECORDED = "sms.recorded";
    static final String RECORDED_PARTLY = "sms.recorded_partly";
    static final String UNKNOWN_CODE = "sms.unknown_code";
    static final String HELP = "sms.help";
    static final String EMPTY = "sms.empty";
    static final String UNKNOWN_MEMBER = "sms.unknown_member";

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

    private final Database db;
    private final Templates templates;
    private final Outbox outbox;
    private final String shortCode;
    private final Clock clock;
    private final ResultMessages results;

    public InboundProcessor(Database db, Templates templates, Outbox outbox, String shortCode, Clock clock,
            RuleSets ruleSets) {
        this.db = db;
        this.results = new ResultMessages(ruleSets, templates);
        this.templates = templates;
        this.outbox = outbox;
        this.shortCode = shortCode;
        this.clock = clock;
    }

    /**
     * Processes the messages in one transaction (one disk sync for all), each behind its own
     * savepoint: a message whose processing fails is rolled back alone and marked FAILED.
     */
    public List<Outcome> processBatch(List<String> inboundIds) {
        List<Processed> done;
        try {
            done = db.write(c -> processIn(c, inboundIds));
        } catch (RuntimeException e) {
            // The transaction itself failed: the messages stay RECEIVED for the next start.
            log.error("could not process {} MO(s); they stay RECEIVED", inboundIds.size(), e);
            return List.of();
        }
        return announce(done);
    }

    /** What processing made of one message; {@code decision} is null when it failed. */
    record Processed(String id, Decision decision) {
    }

    /**
     * Processes stored messages inside the caller's transaction, each behind its own savepoint (one
     * that fails is rolled back alone and marked FAILED). Once the transaction is committed, pass
     * the result to {@link #announce}.
     */
    List<Processed> processIn(Connection c, List<String> inboundIds) throws SQLException {
        List<Processed> results = new ArrayList<>(inboundIds.size());
        for (String id : inboundIds) {
            Jdbc.execute(c, "SAVEPOINT mo");
            try {
                results.add(new Processed(id, processIn(c, id)));
                Jdbc.execute(c, "RELEASE mo");
            } catch (SQLException | RuntimeException e) {
                log.error("processing MO {} failed; marking it FAILED", id, e);
                Jdbc.execute(c, "ROLLBACK TO mo");
                Jdbc.execute(c, "RELEASE mo");
                InboundMessages.setState(c, id, InboundState.FAILED);
                results.add(new Processed(id, null));
            }
        }
        return results;
    }

    /** Logs what became of committed messages and wakes the sender for their replies. */
    List<Outcome> announce(List<Processed> done) {
        List<Outcome> outcomes = new ArrayList<>(done.size());
        boolean wake = false;
        for (Processed d : done) {
            if (d.decision() == null) {
                continue;
            }
            Answer answer = d.decision().answer();
            wake |= answer.reply().isPresent();
            outcomes.add(answer.outcome());
            log.info("MO {} from {}: {}{}", d.id(), PhoneNumbers.maskedForLog(d.decision().sender()), answer.outcome(),
                    answer.reply().map(r -> ", answered " + r.templateKey()).orElse(", not answered"));
        }
        if (wake) {
            outbox.wake();
        }
        return outcomes;
    }

    /** Processes one stored message in its own transaction; an unexpected error is thrown. */
    public Outcome process(String inboundId) {
        Decision decision = db.write(c -> processIn(c, inboundId));
        return announce(List.of(new Processed(inboundId, decision))).get(0);
    }

    private Decision processIn(Connection c, String inboundId) throws SQLException {
        InboundMessage message = InboundMessages.find(c, inboundId)
                .orElseThrow(() -> new IllegalArgumentException("no inbound message " + inboundId));
        if (message.state() != InboundState.RECEIVED) {
            return new Decision(Answer.silent(Outcome.ALREADY_DONE), message.sender());
        }
        Answer answer = decide(c, message);
        boolean replied = false;
        if (answer.reply().isPresent() && ReplyGuard.mayReply(message.sender(), shortCode)) {
            Reply reply = answer.reply().get();
            String text = templates.render(reply.templateKey(), reply.language(), reply.values());
            replied = outbox.reply(c, message.sender(), reply.templateKey(), reply.language(), text, message.id())
                    .isPresent();
        }
        InboundMessages.setState(c, message.id(), InboundState.PROCESSED);
        return new Decision(replied ? answer : Answer.silent(answer.outcome()), message.sender());
    }

    /** What a message's processing did ({@code answer}'s reply present only when one was queued), and from whom. */
    record Decision(Answer answer, String sender) {
    }

    private Answer decide(Connection c, InboundMessage message) throws SQLException {
        SmsCommand command = SmsGrammar.parse(message.text());
        Optional<Phone> phone = People.phone(c, message.sender());
        Optional<Household> household = phone.isEmpty() ? Optional.empty()
                : Optional.of(People.household(c, phone.get().householdId())
                        .orElseThrow(() -> new IllegalStateException("a phone without its household")));
        if (command instanceof SmsCommand.Register register) {
            return Registration.register(c, message.sender(), phone, household, register, clock.instant());
        }
        if (phone.isEmpty()) {
            return Answer.of(Outcome.NOT_REGISTERED, Reply.of(NOT_REGISTERED, Language.VI));
        }
        return answer(c, message, command, phone.get(), household.get());
    }

    /** What a registered phone's message does; an opted-out phone is answered only when it asks something. */
    private Answer answer(Connection c, InboundMessage message, SmsCommand command, Phone phone, Household household)
            throws SQLException {
        Language language = household.language();
        Instant now = clock.instant();
        return switch (command) {
            case SmsCommand.Help help -> Answer.of(Outcome.HELP,
                    Reply.of(SmsNormalizer.normalize(message.text()).isEmpty() ? EMPTY : HELP, language));
            case SmsCommand.Unparsed unparsed -> {
                log.debug("MO {} not understood: {}", message.id(), unparsed.reason());
                yield phone.optedOut() ? Answer.silent(Outcome.UNPARSED)
                        : Answer.of(Outcome.UNPARSED, Reply.of(HELP, language));
            }
            case SmsCommand.Report report -> {
                Answer answer = report(c, message, report, phone, household, now);
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
    private Answer report(Connection c, InboundMessage message, SmsCommand.Report report, Phone phone,
            Household household, Instant now) throws SQLException {
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
                    reported.count(), now, Channel.SMS, Optional.of(message.id())));
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
