package org.hoctap.kiosk.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The days an attendance export covers, both included: {@code ?date=2026-11-22} for one day,
 * {@code ?from=2026-11-01&to=2026-11-30} for a period (a missing end is today, a missing start is
 * the end), nothing for today.
 */
record ExportPeriod(LocalDate from, LocalDate to) {
    ExportPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Reads the query; {@code param} gives a parameter's values. Throws IllegalArgumentException saying what is wrong. */
    static ExportPeriod parse(Function<String, List<String>> param, LocalDate today) {
        Optional<LocalDate> date = day(param, "date");
        Optional<LocalDate> from = day(param, "from");
        Optional<LocalDate> to = day(param, "to");
        if (date.isPresent() && (from.isPresent() || to.isPresent())) {
            throw new IllegalArgumentException("give either date, or from and to, not both");
        }
        if (date.isPresent()) {
            return new ExportPeriod(date.get(), date.get());
        }
        LocalDate end = to.orElse(today);
        return new ExportPeriod(from.orElse(end), end);
    }

    boolean isOneDay() {
        return from.equals(to);
    }

    @Override
    public String toString() {
        return isOneDay() ? from.toString() : from + "_" + to;
    }

    private static Optional<LocalDate> day(Function<String, List<String>> param, String name) {
        List<String> values = param.apply(name);
        if (values.isEmpty() || values.get(0).isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(values.get(0).strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a day as YYYY-MM-DD, such as 2026-11-22");
        }
    }
}
