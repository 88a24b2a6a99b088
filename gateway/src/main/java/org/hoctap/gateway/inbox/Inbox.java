package org.hoctap.gateway.inbox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.hoctap.shared.store.Database;
import org.jsmpp.session.MessageReceiverListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound SMS from store to answer: {@link #receiver()} goes to the SMPP link and stores each MO;
 * a single worker thread then runs the {@link InboundProcessor} on it, in arrival order. At
 * {@link #start()} messages left RECEIVED by an earlier stop are processed first.
 */
public final class Inbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final Database db;
    private final InboundProcessor processor;
    private final MoReceiver receiver;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("inbox-worker").daemon(true).factory());

    public Inbox(Database db, InboundProcessor processor, Clock clock) {
        this.db = db;
        this.processor = processor;
        this.receiver = new MoReceiver(db, clock, this::submit);
    }

    /** The deliver_sm listener to set on every SMPP session. */
    public MessageReceiverListener receiver() {
        return receiver;
    }

    /** Queues the messages an earlier run stored but did not finish. */
    public void start() {
        List<String> unfinished = db.read(c -> InboundMessages.idsIn(c, InboundState.RECEIVED));
        if (!unfinished.isEmpty()) {
            log.info("processing {} message(s) left from before", unfinished.size());
        }
        unfinished.forEach(this::submit);
    }

    private void submit(String id) {
        try {
            worker.execute(() -> processor.processSafely(id));
        } catch (RejectedExecutionException e) {
            log.debug("inbox closing; {} stays RECEIVED for the next start", id);
        }
    }

    /** Finishes the message in hand (and those already handed over, for up to a few seconds). */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
