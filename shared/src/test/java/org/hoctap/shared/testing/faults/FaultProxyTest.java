package org.hoctap.shared.testing.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy against an echo server on loopback. */
class FaultProxyTest {
    private ServerSocket echo;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon(true).start(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread.ofPlatform().daemon(true).start(() -> {
                        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException ignored) {
                            // the test closed it
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        proxy = FaultProxy.to(echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        socket.setSoTimeout(2_000);
        return socket;
    }

    @Test
    void bytesPassThroughIntact() throws IOException {
        try (Socket s = connect()) {
            byte[] sent = new byte[100_000];
            for (int i = 0; i < sent.length; i++) {
                sent[i] = (byte) (i * 31);
            }
            Thread.ofPlatform().start(() -> {
                try {
                    s.getOutputStream().write(sent);
                } catch (IOException ignored) {
                    // the read below fails then
                }
            });
            assertArrayEquals(sent, s.getInputStream().readNBytes(sent.length));
        }
    }

    @Test
    void aCutConnectionEndsMidMessageAndNewOnesWork() throws IOException, InterruptedException {
        try (Socket s = connect()) {
            awaitConnections(1);
            proxy.cutAllAfter(5);
            s.getOutputStream().write("0123456789".getBytes());
            byte[] got = s.getInputStream().readAllBytes(); // ends: the proxy closed it
            assertTrue(got.length <= 5, "carried " + got.length + " bytes");
            assertTrue("01234".startsWith(new String(got)), new String(got));
        }
        try (Socket fresh = connect()) {
            fresh.getOutputStream().write(42);
            assertEquals(42, fresh.getInputStream().read());
        }
    }

    @Test
    void aStalledConnectionCarriesNothingButStaysOpenAndNewOnesWork() throws IOException, InterruptedException {
        try (Socket stalled = connect()) {
            awaitConnections(1);
            proxy.stallAll();
            stalled.getOutputStream().write(1);
            assertThrows(SocketTimeoutException.class, () -> stalled.getInputStream().read());
            try (Socket fresh = connect()) {
                fresh.getOutputStream().write(42);
                assertEquals(42, fresh.getInputStream().read());
            }
        }
    }

    @Test
    void aDelayedConnectionStillCarriesEverything() throws IOException, InterruptedException {
        try (Socket s = connect()) {
            awaitConnections(1);
            proxy.delayAll(Duration.ofMillis(50));
            long start = System.nanoTime();
            s.getOutputStream().write(7);
            assertEquals(7, s.getInputStream().read());
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(50).toNanos());
        }
    }

    private void awaitConnections(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (proxy.accepted() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
