package org.hoctap.gateway.sync;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.sync.Sha256;

/**
 * Batches a kiosk sends up, received in pieces so that a transfer cut at any byte goes on where it
 * stopped: the bytes received so far are kept in a file per device and batch; once all have come,
 * the batch (gzip of one JSON record per line, named by the SHA-256 of its bytes) is checked,
 * stored in one transaction, remembered as stored, and its file deleted.
 */
final class UpBatches {
    static final Pattern BATCH_ID = Pattern.compile("[0-9a-f]{64}");

    private final Database db;
    private final Path dir;
    private final Clock clock;
    private final UpRecords records = new UpRecords();

    UpBatches(Database db, Path dir, Clock clock) {
        this.db = db;
        this.dir = dir;
        this.clock = clock;
    }

    /** Where the bytes received so far of a device's batch are kept. */
    Path partial(SyncDevice device, String batchId) throws IOException {
        Path deviceDir = dir.resolve(device.id());
        Files.createDirectories(deviceDir);
        return deviceDir.resolve(batchId + ".part");
    }

    /** The length of the batch when it was stored already. */
    OptionalLong stored(SyncDevice device, String batchId) {
        return db.read(c -> Jdbc.one(c, "SELECT length FROM sync_batch WHERE device_id = ? AND batch_id = ?",
                row -> row.getLong(1), device.id(), batchId)).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** How many bytes of the batch are here (all of them when it was stored already). */
    long received(SyncDevice device, String batchId) throws IOException {
        OptionalLong stored = stored(device, batchId);
        if (stored.isPresent()) {
            return stored.getAsLong();
        }
        Path file = partial(device, batchId);
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** Checks and stores a batch whose bytes have all come; returns how many records it held. */
    int store(SyncDevice device, String batchId) throws IOException, UpRecords.Refused {
        Path file = partial(device, batchId);
        long length = Files.size(file);
        List<JsonObject> lines;
        try {
            lines = read(file, batchId);
        } catch (UpRecords.Refused e) {
            Files.deleteIfExists(file); // nothing of it is usable: the kiosk sends it again from the start
            throw e;
        }
        try {
            int count = db.write(c -> {
                try {
                    int n = records.store(c, device, lines);
                    Jdbc.update(c, """
                            INSERT INTO sync_batch (device_id, batch_id, length, records, stored_at)
                            VALUES (?, ?, ?, ?, ?)""", device.id(), batchId, length, n, clock.instant());
                    return n;
                } catch (UpRecords.Refused refused) {
                    throw new RefusedInside(refused);
                }
            });
            Files.deleteIfExists(file);
            return count;
        } catch (RefusedInside e) {
            Files.deleteIfExists(file);
            throw e.refused;
        }
    }

    private static List<JsonObject> read(Path file, String batchId) throws UpRecords.Refused {
        MessageDigest sha256 = Sha256.digest();
        List<JsonObject> lines = new ArrayList<>();
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), sha256);
                BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                        StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(new JsonObject(line));
                }
            }
            raw.transferTo(java.io.OutputStream.nullOutputStream()); // bytes after the gzip stream count too
        } catch (DecodeException e) {
            throw new UpRecords.Refused("a line of the batch is not a JSON record: " + e.getMessage());
        } catch (IOException e) {
            throw new UpRecords.Refused("the batch cannot be read (" + e.getMessage() + "): send it again");
        }
        if (!HexFormat.of().formatHex(sha256.digest()).equals(batchId)) {
            throw new UpRecords.Refused("the batch's bytes do not match its name: it was damaged on the way");
        }
        return lines;
    }

    /** Carries a refusal out of a database transaction (which rolls back on any exception). */
    private static final class RefusedInside extends RuntimeException {
        private final UpRecords.Refused refused;

        RefusedInside(UpRecords.Refused refused) {
            super(refused.getMessage(), null, false, false);
            this.refused = refused;
        }
    }
}
