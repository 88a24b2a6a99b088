package org.hoctap.kiosk.sync;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.hoctap.shared.sync.Sha256;
import org.hoctap.shared.sync.SyncRows;
import org.hoctap.shared.sync.SyncTable;

/**
 * A batch of queued records to send up: one JSON record per line ({@code {"table","row"}}, the row
 * as it is now), gzipped, named by the SHA-256 of its bytes. It is kept on disk until the central
 * server has stored it, so that a transfer cut at any byte goes on with the very same bytes.
 *
 * @param lastSeq the last queue entry it holds: those up to it leave the queue once it is stored
 */
public record UpBatch(String id, byte[] bytes, long lastSeq) {
    static final int MOST_RECORDS = 500;
    private static final String FILE = "sync-up.gz";
    private static final String META = "sync-up.json";

    /** The batch kept from an earlier try, else a new one of the oldest queued records; empty when none is queued. */
    public static Optional<UpBatch> next(org.hoctap.shared.store.Database db, Path dataDir) throws IOException {
        Optional<UpBatch> kept = kept(dataDir);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<UpBatch> made = db.read(c -> make(c, SyncOutbox.oldest(c, MOST_RECORDS)));
        if (made.isPresent()) {
            Files.write(dataDir.resolve(FILE), made.get().bytes());
            Files.writeString(dataDir.resolve(META), new JsonObject().put("id", made.get().id())
                    .put("lastSeq", made.get().lastSeq()).encode());
        }
        return made;
    }

    /** Forgets the kept batch (stored by the server, or refused). */
    static void forget(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(META));
        Files.deleteIfExists(dataDir.resolve(FILE));
    }

    private static Optional<UpBatch> kept(Path dataDir) throws IOException {
        Path meta = dataDir.resolve(META);
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(meta) || !Files.exists(file)) {
            return Optional.empty();
        }
        JsonObject json = new JsonObject(Files.readString(meta));
        byte[] bytes = Files.readAllBytes(file);
        if (!Sha256.hex(bytes).equals(json.getString("id"))) {
            forget(dataDir); // a half-written batch (power cut): make it again from the queue
            return Optional.empty();
        }
        return Optional.of(new UpBatch(json.getString("id"), bytes, json.getLong("lastSeq")));
    }

    private static Optional<UpBatch> make(Connection c, List<SyncOutbox.Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            for (SyncOutbox.Entry entry : entries) {
                SyncTable table = SyncTable.of(entry.table()).orElseThrow(() -> new IllegalStateException(
                        "a queued record of " + entry.table() + ", which is not sent up"));
                Optional<java.util.Map<String, Object>> row = SyncRows.read(c, table, entry.rowId());
                if (row.isPresent()) {
                    out.write(new JsonObject().put("table", table.table()).put("row", new JsonObject(row.get()))
                            .encode());
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        byte[] batch = bytes.toByteArray();
        return Optional.of(new UpBatch(Sha256.hex(batch), batch, entries.get(entries.size() - 1).seq()));
    }

}
