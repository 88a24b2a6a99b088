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
import java.util.stream.Collectors;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.sync.SyncTable;

/**
 * Stores the records a kiosk sent up, inside the caller's transaction, all or none. Check-ins and
 * corrections are facts: stored once, a second copy ignored. Classes, households, persons and cards
 * can change on the kiosk (a class closed, a name mended, a card moved): the newest copy replaces
 * the stored one. Every record must belong to the device's own centre (its classes, its commune's
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
    private static final Map<SyncTable, String> COMMUNE_OF = Map.of(
            SyncTable.HOUSEHOLD, "SELECT commune_id FROM village WHERE id = ?",
            SyncTable.PERSON, "SELECT v.commune_id FROM household h JOIN village v ON v.id = h.village_id WHERE h.id = ?",
            SyncTable.CARD, """
                    SELECT v.commune_id FROM person p JOIN household h ON h.id = p.household_id
                    JOIN village v ON v.id = h.village_id WHERE p.id = ?""");
    /** The column each check starts from. */
    private static final Map<SyncTable, String> OWNER_COLUMN = Map.of(
            SyncTable.CLASS_SESSION, "centre_id", SyncTable.ATTENDANCE, "session_id",
            SyncTable.ATTENDANCE_CORRECTION, "attendance_id", SyncTable.HOUSEHOLD, "village_id",
            SyncTable.PERSON, "household_id", SyncTable.CARD, "person_id");

    private final Map<SyncTable, Set<String>> columns = new HashMap<>();

    /** Stores {@code records} ({@code {"table","row"}} each, in the order the kiosk made them); returns how many. */
    int store(Connection c, SyncDevice device, List<JsonObject> records) throws SQLException, Refused {
        String commune = Jdbc.one(c, "SELECT commune_id FROM centre WHERE id = ?", row -> row.getString(1),
                device.centreId()).orElseThrow(() -> new Refused("the device's centre is gone"));
        for (JsonObject record : records) {
            SyncTable table = SyncTable.of(String.valueOf(record.getValue("table")))
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
            upsert(c, table, row);
        }
        return records.size();
    }

    private void requireOwnCentre(Connection c, SyncTable table, JsonObject row, SyncDevice device, String commune)
            throws SQLException, Refused {
        Object owner = row.getValue(OWNER_COLUMN.get(table));
        boolean byCentre = CENTRE_OF.containsKey(table);
        Optional<String> found = Jdbc.one(c, byCentre ? CENTRE_OF.get(table) : COMMUNE_OF.get(table),
                r -> r.getString(1), owner);
        if (!found.equals(Optional.of(byCentre ? device.centreId() : commune))) {
            throw new Refused("a " + table.table() + " record " + row.getValue(table.key())
                    + " is not of this device's centre " + device.centreCode());
        }
    }

    private static void upsert(Connection c, SyncTable table, JsonObject row) throws SQLException {
        List<String> names = List.copyOf(new TreeSet<>(row.fieldNames()));
        String insert = "INSERT INTO " + table.table() + " (" + String.join(", ", names) + ") VALUES ("
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
        boolean fact = table == SyncTable.ATTENDANCE || table == SyncTable.ATTENDANCE_CORRECTION;
        String sql = fact ? insert + " ON CONFLICT DO NOTHING"
                : insert + " ON CONFLICT (" + table.key() + ") DO UPDATE SET " + names.stream()
                        .filter(n -> !n.equals(table.key())).map(n -> n + " = excluded." + n)
                        .collect(Collectors.joining(", "));
        Jdbc.update(c, sql, names.stream().map(row::getValue).toArray());
    }

    private Set<String> columnsOf(Connection c, SyncTable table) throws SQLException {
        Set<String> known = columns.get(table);
        if (known == null) {
            known = Set.copyOf(Jdbc.list(c, "SELECT name FROM pragma_table_info(?)", r -> r.getString(1),
                    table.table()));
            columns.put(table, known);
        }
        return known;
    }
}
