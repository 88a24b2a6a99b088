package org.hoctap.kiosk.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes a response from a worker thread, row by row, in constant memory: when the connection's write
 * queue is full the worker waits for it to drain (the client's pace), and a client that goes away
 * stops the work with {@link ClientGone}. Create it on the event loop before the work starts.
 */
public final class BlockingResponseWriter {
    private static final long POLL_MILLIS = 200;

    private final HttpServerResponse response;
    private final long stallNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition drained = lock.newCondition();
    private volatile boolean gone;

    /** The client stopped reading or closed the connection. */
    public static final class ClientGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClientGone(String why) {
            super(why, null, false, false);
        }
    }

    /** @param stall how long the client may read nothing before the work is abandoned */
    public BlockingResponseWriter(HttpServerResponse response, Duration stall) {
        this.response = response;
        this.stallNanos = stall.toNanos();
        response.setChunked(true);
        response.drainHandler(v -> signal());
        response.closeHandler(v -> {
            gone = true;
            signal();
        });
        response.exceptionHandler(e -> {
            gone = true;
            signal();
        });
    }

    /** Sends {@code text} (UTF-8), waiting while the client is behind. */
    public void write(String text) {
        if (gone) {
            throw new ClientGone("the client closed the connection");
        }
        response.write(Buffer.buffer(text));
        awaitRoom();
    }

    /** Sends {@code length} bytes of {@code bytes} from {@code offset}, waiting while the client is behind. */
    public void write(byte[] bytes, int offset, int length) {
        if (gone) {
            throw new ClientGone("the client closed the connection");
        }
        response.write(Buffer.buffer(length).appendBytes(bytes, offset, length));
        awaitRoom();
    }

    /** The response as a stream of bytes, buffered, for writers of binary files; closing it does not end the response. */
    public OutputStream asStream() {
        return new BufferedOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                BlockingResponseWriter.this.write(bytes, offset, length);
            }
        }, 16 * 1024);
    }

    /** Ends the response. */
    public void end() {
        if (gone) {
            throw new ClientGone("the client closed the connection");
        }
        response.end();
    }

    /**
     * Ends a response whose work failed: with {@code status} when nothing was sent yet, else by resetting
     * the connection, so that a partial download never looks complete.
     */
    public void abort(int status, String message) {
        if (gone || response.ended()) {
            return;
        }
        if (!response.headWritten()) {
            response.setChunked(false).setStatusCode(status)
                    .putHeader("Content-Type", "text/plain; charset=utf-8");
            response.headers().remove("Content-Disposition");
            response.end(message);
        } else {
            response.reset();
        }
    }

    private void awaitRoom() {
        long deadline = System.nanoTime() + stallNanos;
        lock.lock();
        try {
            while (response.writeQueueFull()) {
                if (gone) {
                    throw new ClientGone("the client closed the connection");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new ClientGone("the client read nothing for " + Duration.ofNanos(stallNanos));
                }
                drained.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientGone("interrupted while waiting for the client");
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        lock.lock();
        try {
            drained.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
