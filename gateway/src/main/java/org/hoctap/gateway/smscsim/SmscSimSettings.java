package org.hoctap.gateway.smscsim;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulator listens and behaves.
 *
 * @param host           address to listen on ("0.0.0.0" for every interface)
 * @param port           SMPP port, 0 for an ephemeral one
 * @param systemId       the system_id an ESME must bind with
 * @param password       the password it must give
 * @param shortCode      the short code MO go to by default (the gateway's number)
 * @param bindTimeout    how long a new connection may take to send its bind
 * @param deliverTimeout how long to wait for a deliver_sm_resp (jSMPP's transaction timer)
 * @param retryDelay     wait before delivering a refused or unanswered MO again
 * @param maxAttempts    attempts per MO before it is marked FAILED
 * @param settleTime     a new bind gets no deliver_sm before this, so the ESME has finished binding
 * @param deliveryThreads threads sending deliver_sm; 1 keeps MO in order, more for load tests
 * @param historyPerHandset how many messages each handset's conversation keeps; 0 keeps none (a load test,
 *                  which follows messages as they come, {@code onMessage}, and wants no garbage kept for seconds)
 */
public record SmscSimSettings(String host, int port, String systemId, String password, String shortCode,
        Duration bindTimeout, Duration deliverTimeout, Duration retryDelay, int maxAttempts, Duration settleTime,
        int deliveryThreads, int historyPerHandset) {

    public static final int DEFAULT_PORT = 2775;

    public SmscSimSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(shortCode, "shortCode");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxAttempts < 1 || deliveryThreads < 1) {
            throw new IllegalArgumentException("maxAttempts and deliveryThreads must be positive");
        }
        if (historyPerHandset < 0) {
            throw new IllegalArgumentException("historyPerHandset must not be negative");
        }
    }

    /** Every interface, the given port and credentials, and defaults for the rest. */
    public static SmscSimSettings of(int port, String systemId, String password, String shortCode) {
        return new SmscSimSettings("0.0.0.0", port, systemId, password, shortCode, Duration.ofSeconds(5),
                Duration.ofSeconds(2), Duration.ofSeconds(1), 10, Duration.ofMillis(100), 1, 200);
    }

    /** Loopback only, an ephemeral port: what tests want. */
    public static SmscSimSettings forTests(String systemId, String password, String shortCode) {
        return of(0, systemId, password, shortCode).withHost("127.0.0.1");
    }

    public SmscSimSettings withHost(String newHost) {
        return new SmscSimSettings(newHost, port, systemId, password, shortCode, bindTimeout, deliverTimeout,
                retryDelay, maxAttempts, settleTime, deliveryThreads, historyPerHandset);
    }

    public SmscSimSettings withRetry(Duration newRetryDelay, int newMaxAttempts) {
        return new SmscSimSettings(host, port, systemId, password, shortCode, bindTimeout, deliverTimeout,
                newRetryDelay, newMaxAttempts, settleTime, deliveryThreads, historyPerHandset);
    }

    public SmscSimSettings withDeliveryThreads(int threads) {
        return new SmscSimSettings(host, port, systemId, password, shortCode, bindTimeout, deliverTimeout,
                retryDelay, maxAttempts, settleTime, threads, historyPerHandset);
    }

    public SmscSimSettings withHistoryPerHandset(int messages) {
        return new SmscSimSettings(host, port, systemId, password, shortCode, bindTimeout, deliverTimeout,
                retryDelay, maxAttempts, settleTime, deliveryThreads, messages);
    }
}
