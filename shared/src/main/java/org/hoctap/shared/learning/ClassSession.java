package org.hoctap.shared.learning;

import java.time.Instant;
import java.util.Optional;

/** One meeting of a topic at a centre; open until {@code closedAt}. */
public record ClassSession(
        String id,
        String centreId,
        String topicId,
        Optional<String> teacher,
        Instant openedAt,
        Optional<Instant> plannedEnd,
        Optional<Instant> closedAt) {

    public boolean isOpen() {
        return closedAt.isEmpty();
    }
}
