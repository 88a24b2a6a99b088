package org.hoctap.gateway.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Folding;
import org.hoctap.shared.text.SmsText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues MTs inside the caller's transaction, so a reply is queued together with what it reports
 * (or not at all). After the caller's transaction commits it calls {@link #wake()} so that the
 * {@link OutboxSender} picks the message up at once instead of at its next poll.
 *
 * <p>Each text is stored in its cheapest form: GSM-7 when it fits, and folded to unaccented
 * Vietnamese as the operator's {@link Folding} policy says ("không dấu" text).
 */
public final class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final Folding folding;
    private final Clock clock;
    private final ReplyLimits limits;
    private final QuietHours quietHours;
    private volatile Runnable waker = () -> { };

    public Outbox(Folding folding, Clock clock) {
        this(folding, clock, ReplyLimits.DEFAULTS, QuietHours.VIETNAM);
    }

    public Outbox(Folding folding, Clock clock, ReplyLimits limits, QuietHours quietHours) {
        this.folding = folding;
        this.clock = clock;
        this.limits = limits;
        this.quietHours = quietHours;
    }

    /**
     * Queues a reply to a household's message unless the number has had its {@link ReplyLimits}: too
     * many replies today, or this same text too often lately. Empty when it is held back (logged).
     */
    public Optional<OutboundMessage> reply(Connection c, String recipient, String templateKey, Language language,
            String text, String inReplyTo) throws SQLException {
        Instant now = clock.instant();
        SmsText sms = SmsText.cheapest(text, folding);
        record Sent(long today, long sameText) {
        }
        // Both limits from one look at the number's replies of the last day.
        Sent sent = Jdbc.one(c, """
                SELECT count(*), coalesce(sum(created_at >= ? AND text = ?), 0) FROM outbound_message
                WHERE recipient = ? AND created_at >= ?""",
                row -> new Sent(row.getLong(1), row.getLong(2)),
                now.minus(ReplyLimits.SAME_TEXT_WINDOW), sms.text(), recipient, now.minus(ReplyLimits.DAY)).orElseThrow();
        if (sent.today() >= limits.perNumberPerDay()) {
            log.warn("not answering {}: {} replies in 24 hours already", PhoneNumbers.masked(recipient), sent.today());
            return Optional.empty();
        }
        if (sent.sameText() >= limits.sameTextRepeats()) {
            log.warn("not answering {}: the same reply went {} times in {} minutes", PhoneNumbers.masked(recipient),
                    sent.sameText(), ReplyLimits.SAME_TEXT_WINDOW.toMinutes());
            return Optional.empty();
        }
        return Optional.of(insert(c, recipient, templateKey, language, sms, Optional.of(inReplyTo)));
    }

    /**
     * Queues a message nobody asked for (a reminder, a result); queued in quiet hours it waits until
     * they end. Commit, then {@link #wake()}.
     */
    public OutboundMessage broadcast(Connection c, String recipient, String templateKey, Language language, String text)
            throws SQLException {
        OutboundMessage message = queue(c, recipient, templateKey, language, text, Optional.empty());
        Optional<Instant> hold = quietHours.holdUntil(clock.instant());
        if (hold.isPresent()) {
            OutboundMessages.holdUntil(c, message.id(), hold.get());
        }
        return message;
    }

    /** How {@code text} would go: its encoding and parts, folded as this outbox folds (for previews). */
    public SmsText encode(String text) {
        return SmsText.cheapest(text, folding);
    }

    /** Inserts a QUEUED message, whatever the limits; commit the transaction, then {@link #wake()}. */
    public OutboundMessage queue(Connection c, String recipient, String templateKey, Language language, String text,
            Optional<String> inReplyTo) throws SQLException {
        return insert(c, recipient, templateKey, language, SmsText.cheapest(text, folding), inReplyTo);
    }

    private OutboundMessage insert(Connection c, String recipient, String templateKey, Language language, SmsText sms,
            Optional<String> inReplyTo) throws SQLException {
        OutboundMessage message = new OutboundMessage(Ids.newId(), recipient, sms.text(), templateKey, language,
                sms.encoding(), sms.segments(), inReplyTo, OutboundState.QUEUED, 0, Optional.empty(), clock.instant(),
                Optional.empty(), Optional.empty());
        OutboundMessages.insert(c, message);
        return message;
    }

    /** Tells the sender that something was queued (call it after the commit). */
    public void wake() {
        waker.run();
    }

    void onWake(Runnable waker) {
        this.waker = waker;
    }
}
