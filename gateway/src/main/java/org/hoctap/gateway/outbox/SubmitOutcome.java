package org.hoctap.gateway.outbox;

import java.util.List;
import org.hoctap.gateway.smpp.SubmitFailure;

/** What came of handing one message to the SMSC. */
sealed interface SubmitOutcome {
    OutboundMessage message();

    /** Every part taken, with the SMSC's id for each. */
    record Sent(OutboundMessage message, List<String> smscMessageIds) implements SubmitOutcome {
    }

    /** Refused, unanswered, or the link broke or was down. */
    record Failed(OutboundMessage message, SubmitFailure failure) implements SubmitOutcome {
    }

    /** The text cannot be sent at all (it does not fit its encoding). */
    record Unsendable(OutboundMessage message, String reason) implements SubmitOutcome {
    }
}
