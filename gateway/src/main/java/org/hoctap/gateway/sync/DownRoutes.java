package org.hoctap.gateway.sync;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.sync.SyncRows;
import org.hoctap.shared.sync.SyncTable;

/**
 * {@code GET /sync/down?after=N}, signed by the device: the records of its centre's commune (villages,
 * households, persons, cards) and the shared catalogues (topics, activities) changed after change
 * {@code N}, as they are now, in the order they changed, at most {@link #PAGE} changes at a time:
 * gzip of one JSON record per line, with {@code Sync-Last} (the change to ask after next) and
 * {@code Sync-More}.
 */
final class DownRoutes {
    static final int PAGE = 1_000;
    private record Page(byte[] gzip, long last, boolean more) {
    }

    private record Change(long seq, String table, String rowId) {
    }

    private final Database db;

    DownRoutes(Database db) {
        this.db = db;
    }

    void mount(Router router, DeviceAuth auth) {
        router.get("/sync/down").handler(auth).handler(this::down);
    }

    private void down(RoutingContext ctx) {
        SyncDevice device = ctx.get(DeviceAuth.DEVICE);
        long after;
        try {
            after = Long.parseLong(ctx.request().getParam("after", "0"));
        } catch (NumberFormatException e) {
            ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("error", "bad_request").put("message", "after is a change number").encode());
            return;
        }
        ctx.vertx().executeBlocking(() -> db.read(c -> page(c, device, after))).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(500, result.cause());
                return;
            }
            Page page = result.result();
            ctx.response().putHeader("Content-Type", "application/gzip")
                    .putHeader("Sync-Last", Long.toString(page.last()))
                    .putHeader("Sync-More", Boolean.toString(page.more()))
                    .end(io.vertx.core.buffer.Buffer.buffer(page.gzip()));
        });
    }

    private static Page page(Connection c, SyncDevice device, long after) throws SQLException {
        String commune = Communes.ofCentre(c, device.centreId());
        List<Change> changes = Jdbc.list(c, "SELECT seq, table_name, row_id FROM sync_change WHERE seq > ? "
                + "ORDER BY seq LIMIT ?", row -> new Change(row.getLong(1), row.getString(2), row.getString(3)),
                after, PAGE);
        Set<String> sent = new HashSet<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            for (Change change : changes) {
                Optional<SyncTable> table = SyncTable.of(change.table()).filter(SyncTable::down);
                if (table.isEmpty() || !sent.add(change.table() + " " + change.rowId())) {
                    continue; // the first change of a record sends it as it is now, before what refers to it
                }
                if (Communes.hold(table.get())
                        && !Communes.of(c, table.get(), change.rowId()).equals(Optional.of(commune))) {
                    continue; // another commune's
                }
                Optional<Map<String, Object>> row = SyncRows.read(c, table.get(), change.rowId());
                if (row.isPresent()) {
                    out.write(new JsonObject().put("table", change.table()).put("row", new JsonObject(row.get()))
                            .encode());
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        long last = changes.isEmpty() ? after : changes.get(changes.size() - 1).seq();
        return new Page(bytes.toByteArray(), last, changes.size() == PAGE);
    }
}
