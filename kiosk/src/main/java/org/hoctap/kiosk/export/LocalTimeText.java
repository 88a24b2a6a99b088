package org.hoctap.kiosk.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** {@code 2026-11-22 12:00:05}: a check-in's local time as the export writes it, a million times over. */
final class LocalTimeText {
    private LocalTimeText() {
    }

    static String of(Instant instant, ZoneId zone) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
        char[] out = new char[19];
        put(out, 0, t.getYear(), 4);
        out[4] = '-';
        put(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, t.getDayOfMonth(), 2);
        out[10] = ' ';
        put(out, 11, t.getHour(), 2);
        out[13] = ':';
        put(out, 14, t.getMinute(), 2);
        out[16] = ':';
        put(out, 17, t.getSecond(), 2);
        return new String(out);
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
