package org.hoctap.gateway.ussd;

import java.time.Duration;
import java.util.Objects;

/**
 * How an operator runs USSD over SMPP, which varies: the {@code service_type} of our submits, the
 * operation of a screen that waits for an answer and of the last one (which releases the session),
 * whether sessions are told apart by the {@code its_session_info} TLV or only by the phone number,
 * and how long the network keeps an idle session.
 */
public record UssdProfile(String serviceType, UssdOperation continueWith, UssdOperation endWith,
        boolean bySessionInfo, Duration idleTimeout) {
    /** USSR request to ask, PSSR response to end, sessions by its_session_info, a minute idle. */
    public static final UssdProfile DEFAULT = new UssdProfile("USSD", UssdOperation.USSR_REQUEST,
            UssdOperation.PSSR_RESPONSE, true, Duration.ofSeconds(60));

    public UssdProfile {
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(continueWith, "continueWith");
        Objects.requireNonNull(endWith, "endWith");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive");
        }
    }

    public UssdProfile withIdleTimeout(Duration timeout) {
        return new UssdProfile(serviceType, continueWith, endWith, bySessionInfo, timeout);
    }
}
