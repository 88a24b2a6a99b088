package org.hoctap.gateway.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hoctap.gateway.outbox.Outbox;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reminders when their time comes: every {@link #EVERY}, each due reminder's messages are
 * queued as broadcasts (held through quiet hours, sent at the operator's rate) and the reminder is
 * marked sent, all in one transaction, so a crash sends it whole or not at all.
 */
public final class ReminderSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);
    static final Duration EVERY = Duration.ofSeconds(30);

    private final Database db;
    private final Outbox outbox;
    private final Templates templates;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("reminders").daemon().factory());

    public ReminderSender(Database db, Outbox outbox, Templates templates, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
    }

    public ReminderSender start() {
        timer.scheduleWithFixedDelay(this::sendDueSafely, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Sends what is due now; returns how many reminders went. */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = db.write(c -> {
            int count = 0;
            for (Reminder reminder : Reminders.due(c, now)) {
                ReminderPlan plan = ReminderPlan.of(c, reminder, templates, now);
                for (ReminderPlan.Message m : plan.messages()) {
                    outbox.broadcast(c, m.phone(), m.templateKey(), m.language(), m.text());
                }
                Reminders.markSent(c, reminder.id(), plan.messages().size(), plan.skipped(), now);
                log.info("reminder {} sent: {} messages queued, {} phones skipped", reminder.id(),
                        plan.messages().size(), plan.skipped());
                count++;
            }
            return count;
        });
        if (sent > 0) {
            outbox.wake();
        }
        return sent;
    }

    private void sendDueSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.error("could not send the reminders due; trying again in {} s", EVERY.toSeconds(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
