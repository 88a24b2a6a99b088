package org.hoctap.gateway.inbox;

import java.util.Optional;

/** What a command did, and the reply it deserves (none when the sender is not to be answered). */
public record Answer(InboundProcessor.Outcome outcome, Optional<Reply> reply) {
    static Answer of(InboundProcessor.Outcome outcome, Reply reply) {
        return new Answer(outcome, Optional.of(reply));
    }

    static Answer silent(InboundProcessor.Outcome outcome) {
        return new Answer(outcome, Optional.empty());
    }
}
