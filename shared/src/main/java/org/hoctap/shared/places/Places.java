package org.hoctap.shared.places;

import static org.hoctap.shared.store.Rows.date;
import static org.hoctap.shared.store.Rows.enumValue;
import static org.hoctap.shared.store.Rows.optionalDate;
import static org.hoctap.shared.store.Rows.optionalString;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.titles.AreaType;

/** Admin units, villages and centres in the store. */
public final class Places {
    private Places() {
    }

    public static void insert(Connection c, AdminUnit unit) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO admin_unit (id, code, name, level, parent_id, valid_from, valid_to)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                unit.id(), unit.code(), unit.name(), unit.level(), unit.parentId(), unit.validFrom(), unit.validTo());
    }

    public static void addPredecessor(Connection c, String unitId, String predecessorId) throws SQLException {
        Jdbc.update(c, "INSERT INTO admin_unit_predecessor (unit_id, predecessor_id) VALUES (?, ?)",
                unitId, predecessorId);
    }

    public static void insert(Connection c, Village village) throws SQLException {
        Jdbc.update(c, "INSERT INTO village (id, commune_id, name) VALUES (?, ?, ?)",
                village.id(), village.communeId(), village.name());
    }

    public static void insert(Connection c, Centre centre) throws SQLException {
        Jdbc.update(c, "INSERT INTO centre (id, code, name, commune_id) VALUES (?, ?, ?, ?)",
                centre.id(), centre.code(), centre.name(), centre.communeId());
    }

    /** Whether a commune counts as disadvantaged, which selects some titles' pass marks. */
    public static AreaType areaType(Connection c, String unitId) throws SQLException {
        return Jdbc.one(c, "SELECT area_type FROM admin_unit WHERE id = ?", row -> enumValue(row, "area_type", AreaType.class),
                unitId).orElseThrow(() -> new IllegalArgumentException("no administrative unit " + unitId));
    }

    public static void setAreaType(Connection c, String unitId, AreaType area) throws SQLException {
        if (Jdbc.update(c, "UPDATE admin_unit SET area_type = ? WHERE id = ?", area.name(), unitId) != 1) {
            throw new IllegalArgumentException("no administrative unit " + unitId);
        }
    }

    public static Optional<AdminUnit> adminUnit(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM admin_unit WHERE id = ?", Places::adminUnit, id);
    }

    public static List<String> predecessors(Connection c, String unitId) throws SQLException {
        return Jdbc.list(c, "SELECT predecessor_id FROM admin_unit_predecessor WHERE unit_id = ? ORDER BY 1",
                row -> row.getString(1), unitId);
    }

    public static List<Centre> centres(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM centre ORDER BY code", Places::centre);
    }

    public static Optional<Centre> centreByCode(Connection c, String code) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM centre WHERE code = ?", Places::centre, code);
    }

    public static List<Village> villagesOfCentre(Connection c, String centreId) throws SQLException {
        return Jdbc.list(c, """
                SELECT v.* FROM village v JOIN centre ce ON ce.commune_id = v.commune_id
                WHERE ce.id = ? ORDER BY v.name""", Places::village, centreId);
    }

    private static AdminUnit adminUnit(ResultSet row) throws SQLException {
        return new AdminUnit(row.getString("id"), row.getString("code"), row.getString("name"),
                enumValue(row, "level", AdminLevel.class), optionalString(row, "parent_id"),
                date(row, "valid_from"), optionalDate(row, "valid_to"));
    }

    private static Village village(ResultSet row) throws SQLException {
        return new Village(row.getString("id"), row.getString("commune_id"), row.getString("name"));
    }

    private static Centre centre(ResultSet row) throws SQLException {
        return new Centre(row.getString("id"), row.getString("code"), row.getString("name"),
                row.getString("commune_id"));
    }
}
