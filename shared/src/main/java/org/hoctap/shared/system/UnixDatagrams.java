package org.hoctap.shared.system;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Datagrams on Unix sockets, through the C library: what systemd's notification socket takes and
 * the JDK cannot send. A path starting with {@code @} is in the abstract namespace.
 */
final class UnixDatagrams {
    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int PATH_MAX = 108;

    private interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int socket(int domain, int type, int protocol);

        int bind(int fd, byte[] address, int length);

        int sendto(int fd, byte[] buffer, long length, int flags, byte[] address, int addressLength);

        long recv(int fd, byte[] buffer, long length, int flags);

        int close(int fd);
    }

    private UnixDatagrams() {
    }

    /** Sends {@code message} to the datagram socket at {@code path}. */
    static void send(String path, String message) throws IOException {
        byte[] address = address(path);
        int fd = LibC.INSTANCE.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            throw new IOException("cannot open a Unix datagram socket (errno " + Native.getLastError() + ")");
        }
        try {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            if (LibC.INSTANCE.sendto(fd, bytes, bytes.length, 0, address, address.length) < 0) {
                throw new IOException("cannot send to " + path + " (errno " + Native.getLastError() + ")");
            }
        } finally {
            LibC.INSTANCE.close(fd);
        }
    }

    /** A bound socket that receives datagrams (for tests standing in for systemd). */
    static int bind(String path) throws IOException {
        byte[] address = address(path);
        int fd = LibC.INSTANCE.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd < 0 || LibC.INSTANCE.bind(fd, address, address.length) < 0) {
            throw new IOException("cannot bind " + path + " (errno " + Native.getLastError() + ")");
        }
        return fd;
    }

    /** The next datagram on a bound socket (blocking). */
    static String receive(int fd) throws IOException {
        byte[] buffer = new byte[4096];
        long n = LibC.INSTANCE.recv(fd, buffer, buffer.length, 0);
        if (n < 0) {
            throw new IOException("cannot receive (errno " + Native.getLastError() + ")");
        }
        return new String(buffer, 0, (int) n, StandardCharsets.UTF_8);
    }

    static void close(int fd) {
        LibC.INSTANCE.close(fd);
    }

    /** A {@code struct sockaddr_un}: the family (host order) then the path, abstract when it starts with @. */
    private static byte[] address(String path) throws IOException {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        if (name.length == 0 || name.length >= PATH_MAX) {
            throw new IOException("not a Unix socket path: " + path);
        }
        if (name[0] == '@') {
            name[0] = 0;
        }
        byte[] address = new byte[2 + name.length + (name[0] == 0 ? 0 : 1)];
        short family = AF_UNIX;
        if (java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN) {
            address[0] = (byte) family;
        } else {
            address[1] = (byte) family;
        }
        System.arraycopy(name, 0, address, 2, name.length);
        return address;
    }
}
