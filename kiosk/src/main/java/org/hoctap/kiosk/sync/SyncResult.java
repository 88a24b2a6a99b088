package org.hoctap.kiosk.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * How a sync run ended: when, what it sent up (batches) and brought down (records), or why it failed
 * ({@code unreachable}: no link to the central server at all, the commonest case in the hills).
 */
public record SyncResult(Instant at, int sentBatches, int gotRecords, Optional<String> failure, boolean unreachable) {
    public boolean ok() {
        return failure.isEmpty();
    }
}
