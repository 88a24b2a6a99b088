package org.hoctap.gateway.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.activity.Channel;
import org.hoctap.shared.grammar.SmsGrammar;
import org.hoctap.shared.grammar.SmsNormalizer;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on one stored MO: who sent it, what it says, what to record and what to answer, all in one
 * transaction: the activities, the message's new state and the queued reply are committed together
 * or not at all. A message that is no longer RECEIVED is left alone, so processing twice is harmless.
 * What a command does is {@link HouseholdActions}'s; a sender that is not a handset's number
 * ({@link ReplyGuard}) is never answered; help and text outside the grammar get {@code sms.help}, an
 * empty text {@code sms.empty}.
 */
public final class InboundProcessor {
    /** What became of a message (for logs and tests). */
    public enum Outcome {
        RECORDED, RECORDED_PARTLY, UNKNOWN_CODE, UNKNOWN_MEMBER, HELP, UNPARSED, NOT_REGISTERED, ALREADY_DONE, REGISTERED,
        ALREADY_REGISTERED, REGISTER_TO_CONFIRM, NO_SUCH_HOUSEHOLD, PROGRESS, LANGUAGE, UNDONE, NOTHING_TO_UNDO,
        STOPPED, STARTED, TITLE_REGISTERED, WHICH_MEMBER, RESULT
    }

    static final String NOT_REGISTERED = HouseholdActions.NOT_REGISTERED;
    static final String RECORDED = HouseholdActions.RECORDED;
    static final String RECORDED_PARTLY = HouseholdActions.RECORDED_PARTLY;
    static final String UNKNOWN_CODE = HouseholdActions.UNKNOWN_CODE;
    static final String HELP = HouseholdActions.HELP;
    static final String EMPTY = HouseholdActions.EMPTY;
    static final String UNKNOWN_MEMBER = HouseholdActions.UNKNOWN_MEMBER;

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

    private final Database db;
    private final Templates templates;
    private final Outbox outbox;
    private final String shortCode;
    private final Clock clock;
    private final HouseholdActions actions;

    public InboundProcessor(Database db, Templates templates, Outbox outbox, String shortCode, Clock clock,
            RuleSets ruleSets) {
        this.db = db;
        this.actions = new HouseholdActions(templates, ruleSets, clock);
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
            done = db.write(c -> processIn(c, stillReceived(c, inboundIds)));
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
     * Processes messages stored RECEIVED inside the caller's transaction (as they were stored: not
     * read again), each behind its own savepoint (one that fails is rolled back alone and marked
     * FAILED). Once the transaction is committed, pass the result to {@link #announce}.
     */
    List<Processed> processIn(Connection c, List<InboundMessage> received) throws SQLException {
        List<Processed> results = new ArrayList<>(received.size());
        for (InboundMessage message : received) {
            String id = message.id();
            Jdbc.execute(c, "SAVEPOINT mo");
            try {
                results.add(new Processed(id, decide(c, message)));
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
        Decision decision = db.write(c -> {
            InboundMessage message = InboundMessages.find(c, inboundId)
                    .orElseThrow(() -> new IllegalArgumentException("no inbound message " + inboundId));
            return message.state() == InboundState.RECEIVED ? decide(c, message)
                    : new Decision(Answer.silent(Outcome.ALREADY_DONE), message.sender());
        });
        return announce(List.of(new Processed(inboundId, decision))).get(0);
    }

    /** The messages of {@code ids} still waiting to be processed (another run may have done some), each once. */
    private static List<InboundMessage> stillReceived(Connection c, List<String> ids) throws SQLException {
        List<InboundMessage> received = new ArrayList<>(ids.size());
        for (String id : new LinkedHashSet<>(ids)) {
            InboundMessages.find(c, id).filter(m -> m.state() == InboundState.RECEIVED).ifPresent(received::add);
        }
        return received;
    }

    private Decision decide(Connection c, InboundMessage message) throws SQLException {
        Answer answer = actions.act(c, message.sender(), SmsGrammar.parse(message.text()), Channel.SMS,
                Optional.of(message.id()), SmsNormalizer.normalize(message.text()).isEmpty());
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
}
