package org.hoctap.kiosk.session;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.learning.ClassSession;
import org.hoctap.shared.learning.Learning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes sessions staff forgot to close: a session closes at its day's closing hour, or at midnight
 * when it was opened after that hour. It is closed as of that moment, not of when the kiosk noticed
 * (the kiosk may have been off all night).
 */
public final class AutoClose {
    private static final Logger log = LoggerFactory.getLogger(AutoClose.class);
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final String centreId;
    private final ZoneId zone;
    private final LocalTime closingHour;

    public AutoClose(String centreId, ZoneId zone, LocalTime closingHour) {
        this.centreId = centreId;
        this.zone = zone;
        this.closingHour = closingHour;
    }

    /** Whether a session of the centre is open past its closing time (a read: most minutes, none is). */
    public boolean anyDue(Connection c, Instant now) throws SQLException {
        for (ClassSession session : Learning.openSessions(c, centreId)) {
            if (!now.isBefore(closingTime(session.openedAt()))) {
                return true;
            }
        }
        return false;
    }

    /** Closes the centre's sessions whose closing time has come; returns how many. */
    public int closeLeftOpen(Connection c, Instant now) throws SQLException {
        int closed = 0;
        for (ClassSession session : Learning.openSessions(c, centreId)) {
            Instant deadline = closingTime(session.openedAt());
            if (!now.isBefore(deadline) && Learning.close(c, session.id(), deadline)) {
                closed++;
            }
        }
        return closed;
    }

    /** When a session opened at {@code openedAt} closes by itself. */
    public Instant closingTime(Instant openedAt) {
        LocalDate day = LocalDate.ofInstant(openedAt, zone);
        Instant hour = day.atTime(closingHour).atZone(zone).toInstant();
        return openedAt.isBefore(hour) ? hour : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Checks now and then every minute until Vert.x closes. */
    public void runEveryMinute(Vertx vertx, StoreAccess store, Clock clock) {
        // A read each minute; the write (the writer's lock) only when a session is due.
        Runnable check = () -> store.read(c -> anyDue(c, clock.instant()))
                .compose(due -> due ? store.write(c -> closeLeftOpen(c, clock.instant())) : Future.succeededFuture(0))
                .onComplete(result -> {
            if (result.failed()) {
                log.error("could not close the sessions left open", result.cause());
            } else if (result.result() > 0) {
                log.info("closed {} session(s) left open past {}", result.result(), closingHour);
            }
        });
        check.run();
        vertx.setPeriodic(EVERY.toMillis(), id -> check.run());
    }
}
