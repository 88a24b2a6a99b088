package org.hoctap.kiosk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hoctap.shared.tables.TableFile;

/**
 * Two threads for one export: the one that reads the rows from SQLite hands them, in batches, to one
 * that writes the file, so that reading and encoding go on side by side (a Raspberry Pi has four
 * cores). The file is written exactly as one thread would write it.
 */
final class RowPipe implements AutoCloseable {
    private static final int BATCH = 1_000;
    private static final int BATCHES_AHEAD = 8;
    private static final List<List<String>> END = List.of();

    private final BlockingQueue<List<List<String>>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final CompletableFuture<Long> written = new CompletableFuture<>();
    private final Thread writer;
    private List<List<String>> batch = new ArrayList<>(BATCH);
    private boolean finished;

    RowPipe(TableFile file, OutputStream out, List<String> header) {
        writer = Thread.ofPlatform().name("hoctap-export-writer").daemon().start(() -> {
            try {
                written.complete(file.write(out, header, sink -> drainInto(sink)));
            } catch (Throwable e) {
                written.completeExceptionally(e);
            }
        });
    }

    /** Passes a row on (copied: the caller may reuse its list); blocks while the writer is behind. */
    void put(List<String> cells) {
        batch.add(List.copyOf(cells));
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Hands over the last rows and waits for the file to be written; returns how many rows it holds. */
    long finish() throws SQLException, IOException {
        finished = true;
        hand(batch);
        hand(END);
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the export", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private void drainInto(Consumer<List<String>> sink) {
        try {
            for (List<List<String>> rows = queue.take(); rows != END; rows = queue.take()) {
                rows.forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("the export was stopped"));
        }
    }

    /** Queues a batch, giving up (with the writer's failure) if the writer has stopped. */
    private void hand(List<List<String>> rows) {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                if (written.isDone()) {
                    throw writerFailure();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while writing the export", e));
        }
    }

    /** Why the writer stopped before the end, as the reading thread should see it (a client gone, …). */
    private RuntimeException writerFailure() {
        try {
            written.get();
            return new IllegalStateException("the export's writer stopped before the end");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                return runtime;
            }
            return cause instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted", e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) throws SQLException, IOException {
        if (cause instanceof SQLException sql) {
            throw sql;
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(cause);
    }

    /** Stops the writer if the reading failed before {@link #finish()}. */
    @Override
    public void close() {
        if (!finished) {
            writer.interrupt();
        }
    }
}
