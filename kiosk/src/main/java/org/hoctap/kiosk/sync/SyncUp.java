package org.hoctap.kiosk.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;

/**
 * Sends the queued records up, batch after batch, until the queue is empty. Each batch goes on from
 * the byte the central server has (after a cut link, the next run goes on where this one stopped);
 * once the server has stored it, its records leave the queue. A link that fails throws, and the
 * batch and the queue stay as they were for the next run.
 */
public final class SyncUp {
    /** What one run sent. */
    public record Sent(int batches, long bytes) {
    }

    private SyncUp() {
    }

    public static Sent run(Database db, Path dataDir, DeviceCredential credential, CentralClient central)
            throws IOException, InterruptedException {
        int batches = 0;
        long bytes = 0;
        Optional<UpBatch> next;
        while ((next = UpBatch.next(db, dataDir)).isPresent()) {
            UpBatch batch = next.get();
            CentralClient.UploadState state = central.uploadState(credential, batch.id());
            int stuck = 0;
            while (!state.stored()) {
                long from = state.offset();
                try {
                    state = central.upload(credential, batch, from);
                } catch (CentralClient.Refused refused) {
                    if (refused.status() == 422) {
                        UpBatch.forget(dataDir); // made again from the queue next time
                    }
                    throw refused;
                }
                bytes += Math.max(0, state.offset() - from);
                stuck = state.offset() > from || state.stored() ? 0 : stuck + 1;
                if (stuck >= 3) {
                    throw new IOException("the central server takes no more of batch " + batch.id());
                }
            }
            db.write(c -> Jdbc.update(c, "DELETE FROM sync_outbox WHERE seq <= ?", batch.lastSeq()));
            UpBatch.forget(dataDir);
            batches++;
        }
        return new Sent(batches, bytes);
    }
}
