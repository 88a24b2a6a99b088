package org.hoctap.gateway.outbox;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When broadcasts (messages nobody asked for: reminders, results) may go: between {@code opens}
 * and {@code closes}, local time. Replies to a household's own message are not held back.
 */
public record QuietHours(LocalTime opens, LocalTime closes, ZoneId zone) {
    /** 07:00 to 22:00 in Vietnam. */
    public static final QuietHours VIETNAM =
            new QuietHours(LocalTime.of(7, 0), LocalTime.of(22, 0), ZoneId.of("Asia/Ho_Chi_Minh"));

    public QuietHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(zone, "zone");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("broadcasts must open before they close: " + opens + "–" + closes);
        }
    }

    /** When a broadcast queued at {@code now} may go: empty for at once, else the next opening. */
    public Optional<Instant> holdUntil(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(opens) && time.isBefore(closes)) {
            return Optional.empty();
        }
        ZonedDateTime opening = local.with(opens);
        if (!time.isBefore(closes)) {
            opening = opening.plusDays(1);
        }
        return Optional.of(opening.toInstant());
    }
}
