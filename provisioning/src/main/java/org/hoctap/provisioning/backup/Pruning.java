package org.hoctap.provisioning.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * What pruning the backups did: the ones removed, and those dated after now (made while the clock
 * was wrong, or the clock is wrong now), which were kept.
 */
record Pruning(List<Path> removed, List<Path> datedAfterNow) {
    Pruning {
        removed = List.copyOf(removed);
        datedAfterNow = List.copyOf(datedAfterNow);
    }
}
