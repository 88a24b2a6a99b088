package org.hoctap.gateway.titles.registration;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.grammar.SmsNormalizer;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.titles.TitleKind;

/**
 * Registrations for a year imported from a list (CSV, UTF-8, a BOM allowed, the first line naming
 * the columns): {@code title} (FAMILY, CITIZEN, COMMUNITY, CLAN, UNIT, or the Vietnamese names),
 * {@code household} (its code, for a family or a citizen), {@code member} (a citizen's member
 * number), {@code village} (for a community, clan or unit), {@code name} (a clan's or unit's). Every
 * bad line is reported with its number and why (a title no rule set covers in the year among them:
 * nothing could ever score it), and the good ones go in; importing the same list again registers
 * nothing twice.
 */
public final class RegistrationImport {
    static final List<String> COLUMNS = List.of("title", "household", "member", "village", "name");
    private static final Map<String, TitleKind> TITLE_NAMES = Map.of("GIA DINH HOC TAP", TitleKind.FAMILY,
            "CONG DAN HOC TAP", TitleKind.CITIZEN, "CONG DONG HOC TAP", TitleKind.COMMUNITY, "DONG HO HOC TAP",
            TitleKind.CLAN, "DON VI HOC TAP", TitleKind.UNIT, "GDHT", TitleKind.FAMILY, "CDHT", TitleKind.CITIZEN);

    /** A line that cannot be imported, and why. */
    public record Problem(long line, String reason) {
    }

    /** What an import did (or, on a dry run, would do). */
    public record Result(int registered, int already, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private RegistrationImport() {
    }

    /** Reads the list and registers its good lines inside the caller's transaction (roll it back for a dry run). */
    public static Result apply(Connection c, Reader list, int year, RuleSets ruleSets, Instant now, String by)
            throws IOException, SQLException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        int registered = 0;
        int already = 0;
        List<Problem> problems = new ArrayList<>();
        try (var records = format.parse(new BomSkipping(list))) {
            List<String> header = records.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("title")) {
                return new Result(0, 0, List.of(new Problem(1, "the first line must name the columns: "
                        + String.join(",", COLUMNS) + " (found: " + String.join(",", header) + ")")));
            }
            for (CSVRecord record : records) {
                long line = record.getParser().getCurrentLineNumber();
                try {
                    TitleKind title = title(value(record, "title"));
                    if (ruleSets.forTitle(title, year).isEmpty()) {
                        throw new IllegalArgumentException("no rule set for " + title + " covers " + year
                                + " (the \"titles rules\" command lists those in force)");
                    }
                    Registrations.Registered r = Registrations.register(c, year, title, registrant(c, record, title),
                            RegistrationChannel.IMPORT, now, by);
                    if (r.isNew()) {
                        registered++;
                    } else {
                        already++;
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(line, e.getMessage()));
                }
            }
        }
        return new Result(registered, already, problems);
    }

    private static Registrant registrant(Connection c, CSVRecord record, TitleKind title) throws SQLException {
        return switch (title.registrant()) {
            case HOUSEHOLD -> new Registrant.Household(household(c, value(record, "household")));
            case PERSON -> {
                String household = household(c, value(record, "household"));
                String member = value(record, "member");
                if (!member.matches("[0-9]{1,2}")) {
                    throw new IllegalArgumentException("a citizen needs the member number (member), not '" + member + "'");
                }
                yield new Registrant.Person(Jdbc.one(c, "SELECT id FROM person WHERE household_id = ? AND member_no = ?",
                        row -> row.getString(1), household, Integer.parseInt(member)).orElseThrow(
                                () -> new IllegalArgumentException("household " + value(record, "household")
                                        + " has no member " + member)));
            }
            case VILLAGE -> new Registrant.Village(village(c, value(record, "village")));
            case NAMED_GROUP -> {
                String name = value(record, "name");
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("a clan or unit needs its name (name)");
                }
                yield new Registrant.NamedGroup(village(c, value(record, "village")), name);
            }
        };
    }

    private static TitleKind title(String given) {
        String folded = SmsNormalizer.normalize(given);
        Optional<TitleKind> named = Optional.ofNullable(TITLE_NAMES.get(folded));
        if (named.isPresent()) {
            return named.get();
        }
        try {
            return TitleKind.valueOf(folded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no title '" + given + "': FAMILY, CITIZEN, COMMUNITY, CLAN or UNIT "
                    + "(or Gia đình học tập, Công dân học tập, Cộng đồng học tập, Dòng họ học tập, Đơn vị học tập)");
        }
    }

    private static String household(Connection c, String code) throws SQLException {
        String compact = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (compact.isEmpty()) {
            throw new IllegalArgumentException("the household's code (household) is missing");
        }
        return Jdbc.one(c, "SELECT id FROM household WHERE code = ?", row -> row.getString(1), compact)
                .orElseThrow(() -> new IllegalArgumentException("no household " + code));
    }

    private static String village(Connection c, String name) throws SQLException {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the village (village) is missing");
        }
        List<Registrations.NamedVillage> found = Registrations.villagesNamed(c, name);
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.isEmpty() ? "no village '" + name + "'"
                    : "'" + name + "' names " + found.size() + " villages: use its id");
        }
        return found.get(0).id();
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    /** Drops a UTF-8 byte-order mark at the start, as Excel writes it. */
    private static final class BomSkipping extends java.io.FilterReader {
        private boolean started;

        BomSkipping(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (!started && n > 0) {
                started = true;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    return n == 1 ? read(buffer, offset, length) : n - 1;
                }
            }
            return n;
        }
    }
}
