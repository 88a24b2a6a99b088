package org.hoctap.gateway.smscsim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

/**
 * jSMPP's server socket, bound to a chosen address, keeping the socket so that the port actually
 * bound (an ephemeral one for port 0) can be read back: jSMPP's listener only reports the port asked for.
 */
final class ListeningSocket implements ServerConnectionFactory {
    private static final int BACKLOG = 50;

    private final String host;
    private volatile ServerSocket socket;

    ListeningSocket(String host) {
        this.host = host;
    }

    @Override
    public ServerConnection listen(int port) throws IOException {
        return listen(port, 0, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeout) throws IOException {
        return listen(port, timeout, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
        ServerSocket ss = new ServerSocket();
        try {
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(host, port), backlog);
            ss.setSoTimeout(timeout);
        } catch (IOException e) {
            ss.close();
            throw e;
        }
        socket = ss;
        return new ServerSocketConnection(ss);
    }

    /** The bound port, or -1 before {@link #listen}. */
    int localPort() {
        ServerSocket ss = socket;
        return ss == null ? -1 : ss.getLocalPort();
    }

    boolean isClosed() {
        ServerSocket ss = socket;
        return ss == null || ss.isClosed();
    }
}
