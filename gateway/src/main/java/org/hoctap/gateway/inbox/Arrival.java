package org.hoctap.gateway.inbox;

import org.hoctap.gateway.receipt.ReceivedReceipt;
import org.hoctap.gateway.smpp.IncomingSms;

/** What a deliver_sm brings: a household's message (or a part of one), or a delivery receipt. */
sealed interface Arrival {
    record Sms(IncomingSms sms) implements Arrival {
    }

    record Receipt(ReceivedReceipt receipt) implements Arrival {
    }
}
