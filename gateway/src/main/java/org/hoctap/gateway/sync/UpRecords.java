package org.hoctap.gateway.sync;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.sync.SyncRows;
import org.hoctap.shared.sync.SyncTable;

/**
 * Stores the records a kiosk sent up, inside the caller's transaction, all or none ({@link SyncRows}:
 * check-ins and corrections once; a class, household, person or card replaced by its newest copy). Every record must belong to the device's own centre (its classes, its commune's
 * households), or the whole batch is refused.
 */
final class UpRecords {
    /** The batch cannot be stored, and why (said to the kiosk). */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private static final Map<SyncTable, String> CENTRE_OF = Map.of(
            SyncTable.CLASS_SESSION, "SELECT ?",
            SyncTable.ATTENDANCE, "SELECT centre_id FROM class_session WHERE id = ?",
            SyncTable.ATTENDANCE_CORRECTION, """
                    SELECT s.centre_id FROM attendance a JOIN class_session s ON s.id = a.session_id WHERE a.id = ?""");
    /** A roster record's commune is its parent's. */
    private static final Map<SyncTable, SyncTable> PARENT = Map.of(
            SyncTable.HOUSEHOLD, SyncTable.VILLAGE, SyncTable.PERSON, SyncTable.HOUSEHOLD,
            SyncTable.CARD, SyncTable.PERSON);
    /** The column each check starts from. */
    private static final Map<SyncTable, String> OWNER_COLUMN = Map.of(
            SyncTable.CLASS_SESSION, "centre_id", SyncTable.ATTENDANCE, "session_id",
            SyncTable.ATTENDANCE_CORRECTION, "attendance_id", SyncTable.HOUSEHOLD, "village_id",
            SyncTable.PERSON, "household_id", SyncTable.CARD, "person_id");

    private final Map<SyncTable, Set<String>> columns = new HashMap<>();

    /** Stores {@code records} ({@code {"table","row"}} each, in the order the kiosk made them); returns how many. */
    int store(Connection c, SyncDevice device, List<JsonObject> records) throws SQLException, Refused {
        String commune = Communes.ofCentre(c, device.centreId());
        for (JsonObject record : records) {
            SyncTable table = SyncTable.of(String.valueOf(record.getValue("table"))).filter(SyncTable::up)
                    .orElseThrow(() -> new Refused("records of " + record.getValue("table") + " are not taken"));
            JsonObject row = record.getJsonObject("row");
            if (row == null || !(row.getValue(table.key()) instanceof String)) {
                throw new Refused("a " + table.table() + " record without its " + table.key());
            }
            Set<String> known = columnsOf(c, table);
            if (!known.containsAll(row.fieldNames()) || !row.containsKey(OWNER_COLUMN.get(table))) {
                throw new Refused("a " + table.table() + " record with columns " + new TreeSet<>(row.fieldNames())
                        + "; the table has " + known);
            }
            requireOwnCentre(c, table, row, device, commune);
            SyncRows.store(c, table, row.getMap());
        }
        return records.size();
    }

    private void requireOwnCentre(Connection c, SyncTable table, JsonObject row, SyncDevice device, String commune)
            throws SQLException, Refused {
        Object owner = row.getValue(OWNER_COLUMN.get(table));
        boolean byCentre = CENTRE_OF.containsKey(table);
        Optional<String> found = byCentre ? Jdbc.one(c, CENTRE_OF.get(table), r -> r.getString(1), owner)
                : Communes.of(c, PARENT.get(table), owner);
        if (!found.equals(Optional.of(byCentre ? device.centreId() : commune))) {
            throw new Refused("a " + table.table() + " record " + row.getValue(table.key())
                    + " is not of this device's centre " + device.centreCode());
        }
    }

    private Set<String> columnsOf(Connection c, SyncTable table) throws SQLException {
        Set<String> known = columns.get(table);
        if (known == null) {
            known = SyncRows.columns(c, table);
            columns.put(table, known);
        }
        return known;
    }
}
