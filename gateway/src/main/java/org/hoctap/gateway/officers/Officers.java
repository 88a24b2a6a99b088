package org.hoctap.gateway.officers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;

/** The central web's accounts, and which communes each reaches. */
public final class Officers {
    private static final String COLUMNS = "id, login, name, role, unit_id, sees_sensitive";

    private Officers() {
    }

    /** @param passwordHash an Argon2id hash of the password, never the password */
    public static Officer create(Connection c, String login, String name, OfficerRole role, String unitId,
            boolean seesSensitive, String passwordHash, Instant now) throws SQLException {
        Officer officer = new Officer(Ids.newId(), login, name, role, unitId, seesSensitive);
        Jdbc.update(c, """
                INSERT INTO officer (id, login, name, role, unit_id, sees_sensitive, password_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", officer.id(), login, name, role.name(), unitId,
                seesSensitive ? 1 : 0, passwordHash, now);
        return officer;
    }

    /** An active account by its login (any case), with its password hash. */
    public static Optional<Account> byLogin(Connection c, String login) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + ", password_hash FROM officer WHERE login = ? AND disabled_at IS NULL",
                row -> new Account(officer(row), row.getString("password_hash")), login);
    }

    public static Optional<Officer> byId(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM officer WHERE id = ? AND disabled_at IS NULL", Officers::officer,
                id);
    }

    public static long count(Connection c) throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM officer");
    }

    /** An account with the hash its password is checked against. */
    public record Account(Officer officer, String passwordHash) {
    }

    /**
     * The communes {@code officer} reaches: a centre's commune, the officer's commune, or every commune
     * of the province (those of today and those merged away, whose records stay).
     */
    public static CommuneScope communes(Connection c, Officer officer) throws SQLException {
        return new CommuneScope(switch (officer.role()) {
            case CENTRE_STAFF -> Jdbc.list(c, "SELECT commune_id FROM centre WHERE id = ?", row -> row.getString(1),
                    officer.unitId());
            case COMMUNE_OFFICER -> Jdbc.list(c, "SELECT id FROM admin_unit WHERE id = ? AND level = 'COMMUNE'",
                    row -> row.getString(1), officer.unitId());
            case PROVINCE_OFFICER -> Jdbc.list(c, """
                    WITH RECURSIVE below(id, level) AS (
                        SELECT id, level FROM admin_unit WHERE parent_id = ?
                        UNION SELECT u.id, u.level FROM admin_unit u JOIN below b ON u.parent_id = b.id)
                    SELECT id FROM below WHERE level = 'COMMUNE' ORDER BY id""", row -> row.getString(1),
                    officer.unitId());
        });
    }

    /** Notes what an officer did, for the log. */
    public static void log(Connection c, String login, String action, String detail, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO officer_action (id, at, officer, action, detail) VALUES (?, ?, ?, ?, ?)", Ids.newId(),
                now, login, action, detail);
    }

    private static Officer officer(ResultSet row) throws SQLException {
        return new Officer(row.getString("id"), row.getString("login"), row.getString("name"),
                Rows.enumValue(row, "role", OfficerRole.class), row.getString("unit_id"),
                row.getInt("sees_sensitive") == 1);
    }
}
