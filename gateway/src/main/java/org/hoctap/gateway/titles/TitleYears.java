package org.hoctap.gateway.titles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Titles are registered and decided by calendar year, in Vietnam's time whatever the server's zone. */
public final class TitleYears {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private TitleYears() {
    }

    public static int of(Instant instant) {
        return instant.atZone(ZONE).getYear();
    }

    public static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
    }

    /** The start of the next year (exclusive end). */
    public static Instant end(int year) {
        return start(year + 1);
    }
}
