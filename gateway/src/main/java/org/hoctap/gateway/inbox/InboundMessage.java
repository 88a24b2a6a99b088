package org.hoctap.gateway.inbox;

import java.time.Instant;
import java.util.Optional;

/**
 * An SMS from a handset, as stored before the SMSC got its deliver_sm_resp.
 *
 * @param sender     E.164 when it normalised, otherwise exactly as the SMSC gave it
 * @param recipient  the number it was sent to (our short code)
 * @param text       the decoded text, unchanged
 * @param dataCoding the data_coding it came with
 */
public record InboundMessage(
        String id,
        Optional<String> smscMessageId,
        String sender,
        String recipient,
        String text,
        int dataCoding,
        Instant receivedAt,
        InboundState state) {
}
