package org.hoctap.gateway.smpp;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach and bind to the operator's SMSC.
 *
 * @param host             the SMSC's address
 * @param port             its SMPP port
 * @param systemId         our account (system_id)
 * @param password         its password
 * @param systemType       system_type, often empty
 * @param addressRange     address_range of the bind (which MO the receiver wants), often empty
 * @param bindMode         one transceiver, or a transmitter and a receiver
 * @param split            how a text longer than one SMS is sent
 * @param shortCode        our number (the source of every MT, the destination of MOs)
 * @param enquireLink      how often we send enquire_link, busy or not; two unanswered in a row end the session
 * @param bindTimeout      how long to wait for a bind_resp
 * @param transactionTimer how long to wait for any other response (submit_sm_resp, unbind_resp)
 * @param reconnectMin     the first wait before binding again after a failure or a loss
 * @param reconnectMax     the longest wait between attempts (the wait doubles up to it, with jitter)
 */
public record SmppSettings(
        String host,
        int port,
        String systemId,
        String password,
        String systemType,
        String addressRange,
        BindMode bindMode,
        MtSplit split,
        String shortCode,
        Duration enquireLink,
        Duration bindTimeout,
        Duration transactionTimer,
        Duration reconnectMin,
        Duration reconnectMax) {

    public static final Duration DEFAULT_ENQUIRE_LINK = Duration.ofSeconds(30);
    public static final Duration DEFAULT_BIND_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TRANSACTION_TIMER = Duration.ofSeconds(5);
    public static final Duration DEFAULT_RECONNECT_MIN = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RECONNECT_MAX = Duration.ofSeconds(60);

    public SmppSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(systemType, "systemType");
        Objects.requireNonNull(addressRange, "addressRange");
        Objects.requireNonNull(bindMode, "bindMode");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(shortCode, "shortCode");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        positive(enquireLink, "enquireLink");
        positive(bindTimeout, "bindTimeout");
        positive(transactionTimer, "transactionTimer");
        positive(reconnectMin, "reconnectMin");
        positive(reconnectMax, "reconnectMax");
        if (reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("reconnectMax is shorter than reconnectMin");
        }
    }

    /** Settings with the default timers and reconnect backoff (1 s doubling to 60 s). */
    public static SmppSettings of(String host, int port, String systemId, String password, String shortCode) {
        return new SmppSettings(host, port, systemId, password, "", "", BindMode.TRANSCEIVER, MtSplit.UDH8, shortCode,
                DEFAULT_ENQUIRE_LINK,
                DEFAULT_BIND_TIMEOUT, DEFAULT_TRANSACTION_TIMER, DEFAULT_RECONNECT_MIN, DEFAULT_RECONNECT_MAX);
    }

    public SmppSettings withPort(int newPort) {
        return new SmppSettings(host, newPort, systemId, password, systemType, addressRange, bindMode, split, shortCode,
                enquireLink, bindTimeout, transactionTimer, reconnectMin, reconnectMax);
    }

    public SmppSettings withReconnect(Duration min, Duration max) {
        return new SmppSettings(host, port, systemId, password, systemType, addressRange, bindMode, split, shortCode,
                enquireLink, bindTimeout, transactionTimer, min, max);
    }

    public SmppSettings withBind(BindMode newMode, String newSystemType, String newAddressRange) {
        return new SmppSettings(host, port, systemId, password, newSystemType, newAddressRange, newMode, split, shortCode,
                enquireLink, bindTimeout, transactionTimer, reconnectMin, reconnectMax);
    }

    public SmppSettings withSplit(MtSplit newSplit) {
        return new SmppSettings(host, port, systemId, password, systemType, addressRange, bindMode, newSplit, shortCode,
                enquireLink, bindTimeout, transactionTimer, reconnectMin, reconnectMax);
    }

    public SmppSettings withTimers(Duration newEnquireLink, Duration newTransactionTimer) {
        return new SmppSettings(host, port, systemId, password, systemType, addressRange, bindMode, split, shortCode,
                newEnquireLink, bindTimeout, newTransactionTimer, reconnectMin, reconnectMax);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmppSettings[" + systemId + "@" + host + ":" + port + ", " + bindMode.name().toLowerCase(Locale.ROOT)
                + ", shortCode=" + shortCode + "]";
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
