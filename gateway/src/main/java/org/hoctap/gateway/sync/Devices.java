package org.hoctap.gateway.sync;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;

/** Enrolled kiosks in the central store: enrol with a one-time code, find, list, revoke. */
public final class Devices {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = """
            SELECT d.*, c.code AS centre_code FROM sync_device d JOIN centre c ON c.id = d.centre_id""";

    /** Why an enrolment was refused, for the installer. */
    public enum Refusal {
        NO_SUCH_CENTRE("no centre has that code"),
        BAD_CODE("the enrolment code is not one we issued for this centre"),
        USED_CODE("the enrolment code was used already: ask the officer for a new one"),
        EXPIRED_CODE("the enrolment code has expired: ask the officer for a new one");

        private final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** A new device, or why there is none. */
    public record Enrolment(Optional<SyncDevice> device, Optional<Refusal> refusal) {
        static Enrolment refused(Refusal refusal) {
            return new Enrolment(Optional.empty(), Optional.of(refusal));
        }
    }

    private Devices() {
    }

    /** Spends {@code code} on a new device of the centre {@code centreCode}, with a fresh secret. */
    public static Enrolment enrol(Connection c, String centreCode, String code, Instant now) throws SQLException {
        Optional<Centre> centre = Places.centreByCode(c, centreCode.strip());
        if (centre.isEmpty()) {
            return Enrolment.refused(Refusal.NO_SUCH_CENTRE);
        }
        record Issued(Instant expiresAt, boolean used) {
        }
        String hash = EnrolmentCodes.hash(code);
        Optional<Issued> issued = Jdbc.one(c, """
                SELECT expires_at, used_at IS NOT NULL FROM enrolment_code WHERE code_hash = ? AND centre_id = ?""",
                row -> new Issued(Rows.instant(row.getString(1)), row.getInt(2) == 1), hash, centre.get().id());
        if (issued.isEmpty()) {
            return Enrolment.refused(Refusal.BAD_CODE);
        }
        if (issued.get().used()) {
            return Enrolment.refused(Refusal.USED_CODE);
        }
        if (!now.isBefore(issued.get().expiresAt())) {
            return Enrolment.refused(Refusal.EXPIRED_CODE);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        SyncDevice device = new SyncDevice(Ids.newId(), centre.get().id(), centre.get().code(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), now, Optional.empty(), Optional.empty());
        Jdbc.update(c, "INSERT INTO sync_device (id, centre_id, secret, enrolled_at) VALUES (?, ?, ?, ?)",
                device.id(), device.centreId(), device.secret(), now);
        Jdbc.update(c, "UPDATE enrolment_code SET used_at = ?, device_id = ? WHERE code_hash = ?", now, device.id(),
                hash);
        return new Enrolment(Optional.of(device), Optional.empty());
    }

    public static Optional<SyncDevice> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE d.id = ?", Devices::device, id);
    }

    public static List<SyncDevice> list(Connection c) throws SQLException {
        return Jdbc.list(c, SELECT + " ORDER BY c.code, d.enrolled_at", Devices::device);
    }

    /** Refuses the device's requests from now on; false when there is no such device or it was revoked already. */
    public static boolean revoke(Connection c, String id, Instant now) throws SQLException {
        return Jdbc.update(c, "UPDATE sync_device SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, id) == 1;
    }

    public static void seen(Connection c, String id, Instant now) throws SQLException {
        Jdbc.update(c, "UPDATE sync_device SET last_seen_at = ? WHERE id = ?", now, id);
    }

    private static SyncDevice device(ResultSet row) throws SQLException {
        return new SyncDevice(row.getString("id"), row.getString("centre_id"), row.getString("centre_code"),
                row.getString("secret"), Rows.instant(row, "enrolled_at"), Rows.optionalInstant(row, "revoked_at"),
                Rows.optionalInstant(row, "last_seen_at"));
    }
}
