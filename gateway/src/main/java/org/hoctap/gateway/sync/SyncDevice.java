package org.hoctap.gateway.sync;

import java.time.Instant;
import java.util.Optional;

/** A kiosk enrolled for sync: its centre, its secret, and when it was enrolled, revoked and last heard from. */
public record SyncDevice(String id, String centreId, String centreCode, String secret, Instant enrolledAt,
        Optional<Instant> revokedAt, Optional<Instant> lastSeenAt) {

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
