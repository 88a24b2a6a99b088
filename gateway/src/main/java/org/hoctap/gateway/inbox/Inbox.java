package org.hoctap.gateway.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hoctap.shared.store.Database;
import org.jsmpp.session.MessageReceiverListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound SMS from store to answer. {@link #receiver()} goes to the SMPP link; what it receives is
 * group-committed and processed in the same transaction by a {@link MoCommitter}. A single worker
 * runs the {@link InboundProcessor} on messages stored but not processed: those an earlier run left
 * RECEIVED (at {@link #start()}), long messages the sweeper assembles when their parts stopped
 * coming, and any whose processing failed as a batch.
 */
public final class Inbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final long SWEEP_SECONDS_MAX = 15;

    private final Database db;
    private final InboundProcessor processor;
    private final InboxSettings settings;
    private final Clock clock;
    private final MoStore store;
    private final MoCommitter committer;
    private final MoReceiver receiver;
    private final LinkedBlockingQueue<String> toProcess = new LinkedBlockingQueue<>();
    private final Thread worker;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("inbox-sweeper").daemon(true).factory());
    private volatile boolean running = true;

    public Inbox(Database db, InboundProcessor processor, Clock clock) {
        this(db, processor, clock, InboxSettings.DEFAULTS);
    }

    public Inbox(Database db, InboundProcessor processor, Clock clock, InboxSettings settings) {
        this.db = db;
        this.processor = processor;
        this.settings = settings;
        this.clock = clock;
        this.store = new MoStore(settings);
        this.committer = new MoCommitter(db, store, processor, toProcess::add, clock, settings.maxBatch());
        this.receiver = new MoReceiver(committer, settings.decoding());
        this.worker = Thread.ofPlatform().name("inbox-worker").daemon(true).unstarted(this::work);
    }

    /** The deliver_sm listener to set on every SMPP session. */
    public MessageReceiverListener receiver() {
        return receiver;
    }

    /** Starts storing and processing; queues the messages an earlier run stored but did not finish. */
    public void start() {
        List<String> unfinished = db.read(c -> InboundMessages.idsIn(c, InboundState.RECEIVED));
        if (!unfinished.isEmpty()) {
            log.info("processing {} message(s) left from before", unfinished.size());
        }
        toProcess.addAll(unfinished);
        committer.start();
        worker.start();
        long every = Math.max(1, Math.min(SWEEP_SECONDS_MAX, settings.partTimeout().toSeconds() / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.SECONDS);
    }

    /** Assembles overdue long messages now (the sweeper does it every few seconds). */
    public void sweep() {
        try {
            List<String> expired = db.write(c -> store.expireParts(c, clock.instant()));
            if (!expired.isEmpty()) {
                log.info("{} long message(s) never got all their parts; processing what came", expired.size());
                toProcess.addAll(expired);
            }
        } catch (RuntimeException e) {
            log.error("could not assemble overdue long messages; trying again later", e);
        }
    }

    private void work() {
        List<String> batch = new ArrayList<>();
        while (running || !toProcess.isEmpty()) {
            try {
                String first = toProcess.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                toProcess.drainTo(batch, settings.maxBatch() - 1);
                processor.processBatch(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("processing {} MO(s) failed; they stay RECEIVED for the next start", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    /** Stores what has arrived, finishes what is queued (for a few seconds at most), then stops. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        committer.close();
        running = false;
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
        }
    }
}
