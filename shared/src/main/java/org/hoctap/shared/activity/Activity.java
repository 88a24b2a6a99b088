package org.hoctap.shared.activity;

import java.time.Instant;
import java.util.Optional;

/** Something learned or done, reported for a household (and one member when known). */
public record Activity(
        String id,
        String householdId,
        Optional<String> personId,
        int code,
        int count,
        Instant reportedAt,
        Channel channel,
        Optional<String> sourceMessageId) {
}
