package org.hoctap.shared.testing.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that breaks links the ways field links break, on demand: it makes them go
 * silent without closing (a NAT timeout, a dead radio), cuts them after a number of bytes (so in the
 * middle of a message), slows every chunk down, or drops them all. Faults apply to the connections
 * open when they are set; new connections are carried normally. When either end closes, so does the
 * other. For tests of anything that talks over TCP (SMPP, sync).
 */
public final class FaultProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int upstreamPort;
    private final List<Carried> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean open = true;
    private volatile long cutNewAfter = Long.MAX_VALUE;
    private volatile long newDelayMillis;

    private FaultProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().name("fault-proxy-accept").daemon(true).start(this::accept);
    }

    /** A proxy to {@code upstreamPort} on loopback. */
    public static FaultProxy to(int upstreamPort) throws IOException {
        return new FaultProxy(upstreamPort);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    /** Every open connection stops carrying bytes, both ways, and stays open. */
    public void stallAll() {
        connections.forEach(c -> c.stalled = true);
    }

    /** Every open connection is closed after carrying {@code bytes} more bytes in either direction. */
    public void cutAllAfter(long bytes) {
        connections.forEach(c -> c.bytesLeft.set(bytes));
    }

    /**
     * Each connection accepted from now on is closed after carrying {@code bytes} bytes in either
     * direction ({@code Long.MAX_VALUE}: never), e.g. to cut an HTTP upload in the middle of its body.
     */
    public void cutEachNewAfter(long bytes) {
        cutNewAfter = bytes;
    }

    /** Each connection accepted from now on waits {@code delay} before passing on each chunk it reads. */
    public void delayEachNew(Duration delay) {
        newDelayMillis = delay.toMillis();
    }

    /** Every open connection waits {@code delay} before passing on each chunk it reads. */
    public void delayAll(Duration delay) {
        connections.forEach(c -> c.delayMillis = delay.toMillis());
    }

    /** Every open connection is closed now. */
    public void dropAll() {
        connections.forEach(Carried::close);
    }

    private void accept() {
        while (open) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                Carried carried = new Carried(client, server);
                carried.bytesLeft.set(cutNewAfter);
                carried.delayMillis = newDelayMillis;
                connections.add(carried);
                accepted.incrementAndGet();
                Thread.ofPlatform().name("fault-proxy-up").daemon(true).start(() -> carried.pump(client, server));
                Thread.ofPlatform().name("fault-proxy-down").daemon(true).start(() -> carried.pump(server, client));
            } catch (IOException e) {
                if (!open) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        listener.close();
        dropAll();
    }

    private static final class Carried {
        private final Socket client;
        private final Socket server;
        private final AtomicLong bytesLeft = new AtomicLong(Long.MAX_VALUE);
        private volatile boolean stalled;
        private volatile long delayMillis;

        Carried(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (stalled) {
                        continue;
                    }
                    if (delayMillis > 0) {
                        Thread.sleep(delayMillis);
                    }
                    long left = bytesLeft.getAndAdd(-n);
                    if (left <= n) {
                        out.write(buffer, 0, (int) Math.max(0, left));
                        out.flush();
                        return; // cut here: both ends close below
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one end went away: close both below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                close();
            }
        }

        void close() {
            closeQuietly(client);
            closeQuietly(server);
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
