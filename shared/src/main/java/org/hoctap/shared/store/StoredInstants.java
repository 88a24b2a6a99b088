package org.hoctap.shared.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads instants as {@link Jdbc} stores them, {@code 2026-11-22T05:00:00.123456789Z} (always nine
 * fraction digits), without the general parser: exports read a million of them, and
 * {@link Instant#parse} is most of the cost of a row. Any other form goes to {@link Instant#parse}.
 */
final class StoredInstants {
    private static final int LENGTH = "2026-11-22T05:00:00.123456789Z".length();

    private StoredInstants() {
    }

    static Instant parse(String text) {
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.'
                || text.charAt(29) != 'Z') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = digits(text, 20, 29);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return Instant.parse(text); // says what is wrong
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException noSuchDay) {
            return Instant.parse(text); // says what is wrong, as for any other text
        }
    }

    /** The number in {@code text[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
