package org.hoctap.gateway.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback that can make the connections it carries go silent without closing them,
 * the way a link dies behind a NAT or on a dead radio: no FIN, no RST, just nothing. Connections
 * made afterwards are carried normally. When either end closes, so does the other.
 */
final class StallingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int upstreamPort;
    private final List<Carried> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean open = true;

    private StallingProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().name("proxy-accept").daemon(true).start(this::accept);
    }

    static StallingProxy to(int upstreamPort) throws IOException {
        return new StallingProxy(upstreamPort);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far. */
    int accepted() {
        return accepted.get();
    }

    /** Every connection open now stops carrying bytes, in both directions, and stays open. */
    void stallAll() {
        connections.forEach(c -> c.stalled = true);
    }

    private void accept() {
        while (open) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                Carried carried = new Carried(client, server);
                connections.add(carried);
                accepted.incrementAndGet();
                Thread.ofPlatform().daemon(true).start(() -> carried.pump(client, server));
                Thread.ofPlatform().daemon(true).start(() -> carried.pump(server, client));
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
        for (Carried c : connections) {
            c.close();
        }
    }

    private static final class Carried {
        private final Socket client;
        private final Socket server;
        private volatile boolean stalled;

        Carried(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(Socket from, Socket to) {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (!stalled) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // one end went away: close both below
            } finally {
                close();
            }
        }

        void close() {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
