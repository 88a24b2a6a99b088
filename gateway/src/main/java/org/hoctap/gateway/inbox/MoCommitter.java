package org.hoctap.gateway.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hoctap.gateway.receipt.Receipts;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: arrivals from all of jSMPP's receiving threads are written by one thread, as many
 * as are waiting in one transaction, and each caller is released when its transaction is durable.
 * A lone message waits for nobody; under load one fsync serves hundreds.
 *
 * <p>The messages stored are processed in the same transaction (their records and replies are
 * durable with them). When processing them fails as a whole, they are stored all the same, left
 * RECEIVED and handed to {@code processLater}.
 */
final class MoCommitter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MoCommitter.class);

    private record Pending(Arrival arrival, CompletableFuture<Optional<String>> stored) {
    }

    private record Committed(List<Optional<String>> ids, List<InboundProcessor.Processed> processed) {
    }

    private final Database db;
    private final MoStore store;
    private final InboundProcessor processor;
    private final Consumer<String> processLater;
    private final Clock clock;
    private final int maxBatch;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    MoCommitter(Database db, MoStore store, InboundProcessor processor, Consumer<String> processLater, Clock clock,
            int maxBatch) {
        this.db = db;
        this.store = store;
        this.processor = processor;
        this.processLater = processLater;
        this.clock = clock;
        this.maxBatch = maxBatch;
        this.thread = Thread.ofPlatform().name("inbox-committer").daemon(true).unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /**
     * Queues the arrival for the next transaction. The future completes once it is durable, with the
     * id of the message recorded (empty for a part that waits, a duplicate or a receipt), or fails
     * when the transaction failed (nothing of it was stored).
     */
    CompletableFuture<Optional<String>> store(Arrival arrival) {
        CompletableFuture<Optional<String>> stored = new CompletableFuture<>();
        if (!running) {
            stored.completeExceptionally(new IllegalStateException("the inbox is closing"));
            return stored;
        }
        queue.add(new Pending(arrival, stored));
        return stored;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                commit(batch);
            } catch (InterruptedException e) {
                running = false;
            } finally {
                batch.clear();
            }
        }
        failLeftovers();
    }

    private void commit(List<Pending> batch) {
        Committed committed;
        try {
            Instant now = clock.instant();
            committed = db.write(c -> {
                List<Optional<InboundMessage>> stored = new ArrayList<>(batch.size());
                for (Pending pending : batch) {
                    stored.add(switch (pending.arrival()) {
                        case Arrival.Sms sms -> store.store(c, sms.sms(), now);
                        case Arrival.Receipt receipt -> {
                            Receipts.record(c, receipt.receipt(), now);
                            yield Optional.<InboundMessage>empty();
                        }
                    });
                }
                return new Committed(stored.stream().map(m -> m.map(InboundMessage::id)).toList(),
                        processInline(c, stored.stream().flatMap(Optional::stream).toList()));
            });
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                // One bad arrival must not hold back the others: store them one by one.
                log.warn("could not store {} arrivals together ({}); storing them one by one", batch.size(),
                        e.toString());
                batch.forEach(p -> commit(List.of(p)));
                return;
            }
            log.error("could not store an arrival; the SMSC will deliver it again", e);
            batch.forEach(p -> p.stored().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).stored().complete(committed.ids().get(i));
        }
        if (committed.processed() != null) {
            processor.announce(committed.processed());
        } else {
            committed.ids().forEach(id -> id.ifPresent(processLater));
        }
    }

    /** Processes the stored messages behind a savepoint; null (and nothing of it kept) when that fails. */
    private List<InboundProcessor.Processed> processInline(Connection c, List<InboundMessage> stored)
            throws SQLException {
        if (stored.isEmpty()) {
            return List.of();
        }
        Jdbc.execute(c, "SAVEPOINT processing");
        try {
            List<InboundProcessor.Processed> processed = processor.processIn(c, stored);
            Jdbc.execute(c, "RELEASE processing");
            return processed;
        } catch (SQLException | RuntimeException e) {
            log.error("could not process {} stored MO(s); they stay RECEIVED and are processed apart", stored.size(),
                    e);
            Jdbc.execute(c, "ROLLBACK TO processing");
            Jdbc.execute(c, "RELEASE processing");
            return null;
        }
    }

    private void failLeftovers() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.stored().completeExceptionally(new IllegalStateException("the inbox closed")));
    }

    /** Stores what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failLeftovers();
    }
}
