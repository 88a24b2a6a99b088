package org.hoctap.gateway.receipt;

import java.util.Objects;
import java.util.Optional;

/**
 * A delivery receipt as the SMSC sent it.
 *
 * @param smscMessageId the id of the submit_sm it reports on, as written in the receipt
 * @param state         the message state as SMPP's text names it: DELIVRD, EXPIRED, DELETED, UNDELIV,
 *                      ACCEPTD, UNKNOWN, REJECTD or ENROUTE
 * @param errorCode     the network's error code ({@code err:}), when given
 * @param doneAt        the SMSC's "done date" ({@code YYMMDDhhmm[ss]}, its own clock and zone), when given
 * @param sender        the handset the message went to (the receipt's source address)
 */
public record ReceivedReceipt(String smscMessageId, String state, Optional<String> errorCode, Optional<String> doneAt,
        String sender) {
    public ReceivedReceipt {
        Objects.requireNonNull(smscMessageId, "smscMessageId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(sender, "sender");
    }

    /** Whether the state is final and says the message did not arrive. */
    public boolean failed() {
        return ReceiptStates.FAILED.contains(state);
    }
}
