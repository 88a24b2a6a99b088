package org.hoctap.gateway.ussd;

import java.util.Objects;
import java.util.Optional;

/**
 * What a handset sent over USSD: its number, the {@code its_session_info} the network gave the
 * session (when it gives one), the operation, and the text (the code dialled, or the choice typed).
 */
public record UssdRequest(String msisdn, Optional<Integer> sessionInfo, UssdOperation operation, String text) {
    public UssdRequest {
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(sessionInfo, "sessionInfo");
        Objects.requireNonNull(operation, "operation");
        text = text == null ? "" : text;
    }
}
