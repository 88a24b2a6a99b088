package org.hoctap.kiosk.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;

/**
 * The kiosk's queue of records to send up (filled by triggers, migration V16, in the transaction that
 * makes each record). The kiosk marks its database as a kiosk's when it starts, which turns them on.
 */
public final class SyncOutbox {
    /** A record waiting to go up: its place in the queue, its table and its id. */
    public record Entry(long seq, String table, String rowId) {
    }

    private SyncOutbox() {
    }

    /** Turns the queueing on for this database (once; the central server's never is). */
    public static void markAsKiosk(Database db) {
        db.write(c -> Jdbc.update(c, "INSERT OR IGNORE INTO sync_role (kiosk) VALUES (1)"));
    }

    /** The oldest {@code most} entries waiting. */
    public static List<Entry> oldest(Connection c, int most) throws SQLException {
        return Jdbc.list(c, "SELECT seq, table_name, row_id FROM sync_outbox ORDER BY seq LIMIT ?",
                row -> new Entry(row.getLong(1), row.getString(2), row.getString(3)), most);
    }
}
