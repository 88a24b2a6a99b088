package org.hoctap.kiosk.sync;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.sync.SyncRows;
import org.hoctap.shared.sync.SyncTable;

/**
 * Brings the roster down: the records of the kiosk's commune changed on the central server since the
 * last run (a person enrolled at the commune office or by SMS, a card moved, a new topic), page by
 * page, each page stored in one transaction with how far it came, so a cut link loses nothing and
 * repeats nothing. What comes down is not queued to go back up.
 */
public final class SyncDown {
    static final String AFTER = "down_after";

    /** What one run brought. */
    public record Got(int pages, int records) {
    }

    private SyncDown() {
    }

    public static Got run(Database db, DeviceCredential credential, CentralClient central) throws IOException,
            InterruptedException {
        int pages = 0;
        int records = 0;
        boolean more = true;
        while (more) {
            long after = db.read(c -> Jdbc.one(c, "SELECT value FROM sync_state WHERE key = ?",
                    row -> Long.parseLong(row.getString(1)), AFTER)).orElse(0L);
            CentralClient.DownPage page = central.down(credential, after);
            List<JsonObject> lines = lines(page.gzip());
            records += db.write(c -> store(c, lines, page.last()));
            pages++;
            more = page.more() && page.last() > after;
        }
        return new Got(pages, records);
    }

    private static int store(Connection c, List<JsonObject> lines, long last) throws SQLException {
        Map<SyncTable, Set<String>> columns = new EnumMap<>(SyncTable.class);
        Jdbc.update(c, "INSERT INTO sync_applying (applying) VALUES (1)");
        for (JsonObject line : lines) {
            SyncTable table = SyncTable.of(line.getString("table")).filter(SyncTable::down).orElseThrow(
                    () -> new IllegalStateException("the central server sent a record of " + line.getString("table")));
            JsonObject row = line.getJsonObject("row");
            Set<String> known = columns.computeIfAbsent(table, t -> {
                try {
                    return SyncRows.columns(c, t);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (!known.containsAll(row.fieldNames())) {
                throw new IllegalStateException("the central server sent a " + table.table() + " with columns "
                        + row.fieldNames() + " this kiosk does not have: update the kiosk");
            }
            SyncRows.store(c, table, row.getMap());
        }
        Jdbc.update(c, "DELETE FROM sync_applying");
        Jdbc.update(c, "INSERT INTO sync_state (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", AFTER, Long.toString(last));
        return lines.size();
    }

    private static List<JsonObject> lines(byte[] gzip) throws IOException {
        List<JsonObject> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gzip)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(new JsonObject(line));
                }
            }
        } catch (DecodeException e) {
            throw new IOException("the central server sent a line that is not a JSON record", e);
        }
        return lines;
    }
}
