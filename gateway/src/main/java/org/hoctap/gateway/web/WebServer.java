package org.hoctap.gateway.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP endpoint of the gateway (the admin figures, the kiosks' sync, the central web) on a Vert.x
 * of its own: started within a deadline or not at all, and closed with it.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final Vertx vertx;
    private final HttpServer server;
    private final String what;

    private WebServer(Vertx vertx, HttpServer server, String what) {
        this.vertx = vertx;
        this.server = server;
        this.what = what;
    }

    /**
     * Serves {@code router} on {@code host:port}; {@code vertx} is closed with the server, or at once
     * when it cannot listen.
     *
     * @param what the endpoint, for messages ("the central web")
     * @param path where it starts, for the log line ({@code /status.json})
     * @throws IllegalStateException when it cannot listen (the port is taken, the address is not ours…)
     */
    public static WebServer start(Vertx vertx, Router router, String host, int port, String what, String path) {
        return start(vertx, router, host, port, Optional.empty(), what, path);
    }

    /** As {@link #start(Vertx, Router, String, int, String, String)}, over HTTPS when {@code tls} is given. */
    public static WebServer start(Vertx vertx, Router router, String host, int port, Optional<TlsIdentity> tls,
            String what, String path) {
        try {
            HttpServer server = vertx.createHttpServer(tls.map(TlsIdentity::serverOptions).orElseGet(HttpServerOptions::new))
                    .requestHandler(router).listen(port, host)
                    .toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (tls.isPresent()) {
                log.info("{} on https://{}:{}{} (certificate SHA-256 {})", what, host, server.actualPort(), path,
                        tls.get().fingerprint());
            } else {
                log.info("{} on http://{}:{}{}", what, host, server.actualPort(), path);
            }
            return new WebServer(vertx, server, what);
        } catch (Exception e) {
            vertx.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("cannot start " + what + " on " + host + ":" + port + ": "
                    + cause.getMessage(), cause);
        }
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("closing {}: {}", what, e.toString());
        }
        vertx.close();
    }
}
