package org.hoctap.provisioning.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What pruning the backups did: the ones removed, or, when the newest backup is dated after now
 * (the clock is wrong, now or when it was made), that one, and then none are removed.
 */
record Pruning(List<Path> removed, Optional<Path> datedAfterNow) {
    static Pruning skippedFor(Path datedAfterNow) {
        return new Pruning(List.of(), Optional.of(datedAfterNow));
    }

    static Pruning removing(List<Path> removed) {
        return new Pruning(List.copyOf(removed), Optional.empty());
    }
}
