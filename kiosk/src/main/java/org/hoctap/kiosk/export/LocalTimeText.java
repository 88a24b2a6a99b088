package org.hoctap.kiosk.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code 2026-11-22 12:00:05}: a check-in's local time as the export writes it, a million times over.
 * Rows come in time order, so the day's text is made once per day and each row adds only its time.
 */
final class LocalTimeText {
    private static final int SECONDS_PER_DAY = 86_400;

    private final ZoneId zone;
    private long day = Long.MIN_VALUE;
    private final char[] text = new char[19];

    LocalTimeText(ZoneId zone) {
        this.zone = zone;
    }

    String of(Instant instant) {
        return of(instant.getEpochSecond());
    }

    String of(long epochSecond) {
        long local = epochSecond + zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        long thisDay = Math.floorDiv(local, SECONDS_PER_DAY);
        if (thisDay != day) {
            day = thisDay;
            LocalDate date = LocalDate.ofEpochDay(thisDay);
            put(0, date.getYear(), 4);
            text[4] = '-';
            put(5, date.getMonthValue(), 2);
            text[7] = '-';
            put(8, date.getDayOfMonth(), 2);
            text[10] = ' ';
            text[13] = ':';
            text[16] = ':';
        }
        int second = (int) Math.floorMod(local, SECONDS_PER_DAY);
        put(11, second / 3600, 2);
        put(14, second / 60 % 60, 2);
        put(17, second % 60, 2);
        return new String(text);
    }

    private void put(int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
