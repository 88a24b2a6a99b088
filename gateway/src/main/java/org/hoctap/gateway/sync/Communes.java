package org.hoctap.gateway.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.sync.SyncTable;

/**
 * Which commune a village, household, person or card belongs to, and a centre's commune: a kiosk
 * sends and receives only its own commune's roster.
 */
final class Communes {
    private static final Map<SyncTable, String> OF = Map.of(
            SyncTable.VILLAGE, "SELECT commune_id FROM village WHERE id = ?",
            SyncTable.HOUSEHOLD, "SELECT v.commune_id FROM household h JOIN village v ON v.id = h.village_id WHERE h.id = ?",
            SyncTable.PERSON, """
                    SELECT v.commune_id FROM person p JOIN household h ON h.id = p.household_id
                    JOIN village v ON v.id = h.village_id WHERE p.id = ?""",
            SyncTable.CARD, """
                    SELECT v.commune_id FROM card k JOIN person p ON p.id = k.person_id
                    JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id WHERE k.uid = ?""");

    private Communes() {
    }

    /** Whether records of {@code table} belong to a commune (the shared catalogues do not). */
    static boolean hold(SyncTable table) {
        return OF.containsKey(table);
    }

    /** The commune of the record {@code id} of {@code table} (a village, household, person or card). */
    static Optional<String> of(Connection c, SyncTable table, Object id) throws SQLException {
        return Jdbc.one(c, OF.get(table), row -> row.getString(1), id);
    }

    static String ofCentre(Connection c, String centreId) throws SQLException {
        return Jdbc.one(c, "SELECT commune_id FROM centre WHERE id = ?", row -> row.getString(1), centreId)
                .orElseThrow(() -> new IllegalStateException("no centre " + centreId));
    }
}
