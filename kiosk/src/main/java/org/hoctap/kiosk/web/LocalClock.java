package org.hoctap.kiosk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as the kiosk's pages show them: local hours and minutes ({@code 08:05}), local days. */
public record LocalClock(ZoneId zone) {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public String hoursMinutes(Instant instant) {
        return HOURS_MINUTES.format(instant.atZone(zone));
    }

    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** {@code time} on {@code day}, here. */
    public Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
