package org.hoctap.kiosk.attendance;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hoctap.shared.store.Jdbc;

/**
 * A Raspberry Pi 3 or 4 has no clock battery: after a power cut without network its clock may start
 * in the past. A check-in stamped with such a time would land on the wrong day, so the clock is
 * called wrong when it is before this software existed, or well before the newest check-in on disk.
 */
final class ClockCheck {
    /** No kiosk ran this software before this moment. */
    static final Instant EARLIEST = Instant.parse("2025-01-01T00:00:00Z");
    /** Clocks drift and get corrected by a few minutes: only a bigger step back is "wrong". */
    static final Duration TOLERANCE = Duration.ofMinutes(10);

    private ClockCheck() {
    }

    /** Empty when {@code now} is believable; otherwise why not, for the log. */
    static Optional<String> problem(Connection c, Instant now) throws SQLException {
        if (now.isBefore(EARLIEST)) {
            return Optional.of("the clock says " + now + ", before " + EARLIEST);
        }
        Optional<Instant> newest = Jdbc.one(c, "SELECT max(checked_in_at) FROM attendance",
                row -> Optional.ofNullable(row.getString(1)).map(Instant::parse)).flatMap(o -> o);
        if (newest.isPresent() && now.isBefore(newest.get().minus(TOLERANCE))) {
            return Optional.of("the clock says " + now + ", but a check-in was recorded at " + newest.get());
        }
        return Optional.empty();
    }
}
