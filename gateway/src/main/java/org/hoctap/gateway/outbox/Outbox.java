package org.hoctap.gateway.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.SmsText;

/**
 * Queues MTs inside the caller's transaction, so a reply is queued together with what it reports
 * (or not at all). After the caller's transaction commits it calls {@link #wake()} so that the
 * {@link OutboxSender} picks the message up at once instead of at its next poll.
 *
 * <p>Each text is stored in its cheapest form: GSM-7 when it fits, and folded to unaccented
 * Vietnamese only when {@code mayFold} (the operator's policy allows "không dấu" text).
 */
public final class Outbox {
    private final boolean mayFold;
    private final Clock clock;
    private volatile Runnable waker = () -> { };

    public Outbox(boolean mayFold, Clock clock) {
        this.mayFold = mayFold;
        this.clock = clock;
    }

    /** Inserts a QUEUED message; commit the transaction, then {@link #wake()}. */
    public OutboundMessage queue(Connection c, String recipient, String templateKey, Language language, String text,
            Optional<String> inReplyTo) throws SQLException {
        SmsText sms = SmsText.cheapest(text, mayFold);
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
