package org.hoctap.provisioning.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import org.hoctap.shared.grammar.SmsNormalizer;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.people.CitizenGroup;
import org.hoctap.shared.people.Household;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.people.Phone;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.phone.PhoneNumbers;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;

/**
 * A commune's list of households and their members, one person a line, into the database: new
 * households and persons are added, persons already there (by household code and member number)
 * are brought up to date, their phones registered. Every bad line is named with its number and
 * why, and the others go in; the same list imported again changes nothing.
 */
final class HouseholdImport {
    /** The columns, by code; the label of each in the README. */
    static final List<String> COLUMNS = List.of("household", "village", "language", "member", "name", "sex",
            "birth_year", "ethnicity", "citizen_group", "phone");
    /** Each column's accepted names (folded), its code among them. */
    static final Map<String, String> LABELS = labels();

    /** A line that cannot be imported, and why. */
    record Problem(long line, String reason) {
    }

    /** What an import did (or, on a dry run, would do). */
    record Result(int households, int added, int updated, int unchanged, int phones, List<Problem> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    private HouseholdImport() {
    }

    /** Imports {@code rows} in the caller's transaction; {@code progress} hears how many rows are done. */
    static Result apply(Connection c, List<TableRow> rows, Instant now, IntConsumer progress) throws SQLException {
        int households = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int phones = 0;
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        int done = 0;
        for (TableRow row : rows) {
            // A bad line leaves nothing behind, not even the household or person written before its phone was refused.
            Savepoint lineStart = c.setSavepoint();
            try {
                Line line = Line.of(row);
                String key = line.household() + "#" + line.member();
                Long earlier = seen.get(key);
                if (earlier != null) {
                    throw new IllegalArgumentException("member " + line.member() + " of " + line.household()
                            + " is already on line " + earlier);
                }
                String sameName = line.household() + "|" + SmsNormalizer.normalize(line.name()) + "|" + line.birthYear();
                Long twin = seen.get(sameName);
                if (twin != null) {
                    throw new IllegalArgumentException("the same person (" + line.name() + ") is already on line " + twin);
                }
                Imported imported = importLine(c, line, now);
                c.releaseSavepoint(lineStart);
                // Counted and remembered once the line went in: a refused line leaves nothing behind.
                households += imported.newHousehold() ? 1 : 0;
                switch (imported.person()) {
                    case ADDED -> added++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
                phones += imported.phoneAdded() ? 1 : 0;
                seen.put(key, row.line());
                seen.put(sameName, row.line());
            } catch (IllegalArgumentException e) {
                c.rollback(lineStart);
                problems.add(new Problem(row.line(), e.getMessage()));
            }
            progress.accept(++done);
        }
        return new Result(households, added, updated, unchanged, phones, problems);
    }

    private enum PersonChange { ADDED, UPDATED, UNCHANGED }

    /** What one line did. */
    private record Imported(boolean newHousehold, PersonChange person, boolean phoneAdded) {
    }

    /** Writes one checked line: its household if new, its person, its phone. */
    private static Imported importLine(Connection c, Line line, Instant now) throws SQLException {
        Optional<Household> found = People.householdByCode(c, line.household());
        if (found.isPresent()) {
            checkVillage(c, found.get(), line);
        }
        Household household = found.isPresent() ? found.get() : newHousehold(c, line);
        Optional<Person> existing = People.members(c, household.id()).stream()
                .filter(p -> p.memberNo() == line.member()).findFirst();
        Person person;
        PersonChange change;
        if (existing.isEmpty()) {
            person = line.person(Ids.newId(), household.id());
            People.insert(c, person, line.ethnicity());
            change = PersonChange.ADDED;
        } else if (line.changes(existing.get(), c)) {
            person = line.person(existing.get().id(), household.id());
            update(c, person, line.ethnicity());
            change = PersonChange.UPDATED;
        } else {
            person = existing.get();
            change = PersonChange.UNCHANGED;
        }
        boolean phoneAdded = line.phone().isPresent() && phone(c, line.phone().get(), household, person, now);
        return new Imported(found.isEmpty(), change, phoneAdded);
    }

    private static Household newHousehold(Connection c, Line line) throws SQLException {
        if (line.village().isEmpty()) {
            throw new IllegalArgumentException("household " + line.household() + " is new: its village is needed");
        }
        List<String> villages = Jdbc.list(c, "SELECT id FROM village WHERE name = ?", row -> row.getString(1),
                line.village());
        if (villages.size() != 1) {
            throw new IllegalArgumentException(villages.isEmpty() ? "no village '" + line.village() + "'"
                    : "'" + line.village() + "' names " + villages.size() + " villages");
        }
        Household household = new Household(Ids.newId(), line.household(), villages.get(0),
                line.language().orElse(Language.VI));
        People.insert(c, household);
        return household;
    }

    private static void checkVillage(Connection c, Household household, Line line) throws SQLException {
        if (line.village().isEmpty()) {
            return;
        }
        String village = Jdbc.one(c, "SELECT name FROM village WHERE id = ?", row -> row.getString(1),
                household.villageId()).orElse("");
        if (!village.equals(line.village())) {
            throw new IllegalArgumentException("household " + line.household() + " is in " + village + ", not "
                    + line.village());
        }
    }

    private static void update(Connection c, Person person, Optional<String> ethnicity) throws SQLException {
        Jdbc.update(c, """
                UPDATE person SET full_name = ?, sex = ?, birth_year = coalesce(?, birth_year),
                    citizen_group = coalesce(?, citizen_group), ethnicity = coalesce(?, ethnicity) WHERE id = ?""",
                person.fullName(), person.sex().name(),
                person.birthYear().isPresent() ? person.birthYear().getAsInt() : null,
                person.citizenGroup().map(Enum::name).orElse(null), ethnicity.orElse(null), person.id());
    }

    /** Registers the phone to the household and person; false when it already was. */
    private static boolean phone(Connection c, String e164, Household household, Person person, Instant now)
            throws SQLException {
        Optional<Phone> existing = People.phone(c, e164);
        if (existing.isPresent()) {
            if (!existing.get().householdId().equals(household.id())) {
                String other = People.household(c, existing.get().householdId()).map(Household::code).orElse("?");
                throw new IllegalArgumentException("phone " + PhoneNumbers.masked(e164) + " belongs to household "
                        + other);
            }
            return false;
        }
        People.insert(c, new Phone(e164, household.id(), Optional.of(person.id()), false), now);
        return true;
    }

    /** A line's values, checked. */
    private record Line(String household, String village, Optional<Language> language, int member, String name,
            Sex sex, OptionalInt birthYear, Optional<String> ethnicity, Optional<CitizenGroup> group,
            Optional<String> phone) {

        static Line of(TableRow row) {
            String code = row.get("household").toUpperCase(java.util.Locale.ROOT).replaceAll("[ .\\-_/]", "");
            if (!code.matches("[A-Z]{1,4}[0-9]{1,8}")) {
                throw new IllegalArgumentException(code.isEmpty() ? "the household's code is missing"
                        : "'" + row.get("household") + "' is not a household code (letters then digits, e.g. QC0042)");
            }
            String member = row.get("member");
            if (!member.matches("[0-9]{1,2}") || Integer.parseInt(member) < 1 || Integer.parseInt(member) > 30) {
                throw new IllegalArgumentException("the member number must be 1 to 30, not '" + member + "'");
            }
            String name = row.get("name");
            if (name.isEmpty() || name.length() > 100) {
                throw new IllegalArgumentException(name.isEmpty() ? "the name is missing" : "the name is too long");
            }
            return new Line(code, row.get("village"), language(row.get("language")), Integer.parseInt(member), name,
                    sex(row.get("sex")), birthYear(row.get("birth_year")),
                    ethnicity(row.get("ethnicity")),
                    group(row.get("citizen_group")), phone(row.get("phone")));
        }

        Person person(String id, String householdId) {
            return new Person(id, householdId, member, name, sex, birthYear, group, Optional.empty());
        }

        boolean changes(Person existing, Connection c) throws SQLException {
            String knownEthnicity = Jdbc.one(c, "SELECT coalesce(ethnicity, '') FROM person WHERE id = ?",
                    row -> row.getString(1), existing.id()).orElse("");
            // An empty cell never erases what is known: a list without birth years or groups keeps them.
            return !existing.fullName().equals(name) || existing.sex() != sex
                    || (birthYear.isPresent() && !existing.birthYear().equals(birthYear))
                    || (group.isPresent() && !existing.citizenGroup().equals(group))
                    || (ethnicity.isPresent() && !ethnicity.get().equals(knownEthnicity));
        }

        private static Sex sex(String given) {
            return switch (SmsNormalizer.normalize(given)) {
                case "F", "NU", "FEMALE" -> Sex.F;
                case "M", "NAM", "MALE" -> Sex.M;
                default -> throw new IllegalArgumentException("the sex must be F/Nữ or M/Nam, not '" + given + "'");
            };
        }

        private static OptionalInt birthYear(String given) {
            if (given.isEmpty()) {
                return OptionalInt.empty();
            }
            String year = given.replaceFirst("\\.0$", ""); // Excel's numbers come as 1980.0
            if (!year.matches("[0-9]{4}") || Integer.parseInt(year) < 1900 || Integer.parseInt(year) > Year.now().getValue()) {
                throw new IllegalArgumentException("'" + given + "' is not a birth year");
            }
            return OptionalInt.of(Integer.parseInt(year));
        }

        /** The three of the sample as their codes (KINH, THAI, HMONG), as the rest of the data has them; others as given. */
        private static Optional<String> ethnicity(String given) {
            if (given.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(switch (SmsNormalizer.normalize(given).replace("'", "")) {
                case "KINH" -> "KINH";
                case "THAI", "TAI", "TAI DAM" -> "THAI";
                case "MONG", "HMONG", "H MONG" -> "HMONG";
                default -> given;
            });
        }

        private static Optional<Language> language(String given) {
            if (given.isEmpty()) {
                return Optional.empty();
            }
            return switch (SmsNormalizer.normalize(given)) {
                case "VI", "VIET", "TIENG VIET", "KINH" -> Optional.of(Language.VI);
                case "BLT", "THAI", "TIENG THAI" -> Optional.of(Language.BLT);
                case "HNJ", "MONG", "HMONG", "TIENG MONG" -> Optional.of(Language.HNJ);
                default -> throw new IllegalArgumentException("the language must be Việt, Thái or Mông, not '" + given + "'");
            };
        }

        private static Optional<CitizenGroup> group(String given) {
            if (given.isEmpty()) {
                return Optional.empty();
            }
            return switch (SmsNormalizer.normalize(given)) {
                case "FARMER", "NONG DAN" -> Optional.of(CitizenGroup.FARMER);
                case "WORKER", "CONG NHAN", "LAO DONG TU DO" -> Optional.of(CitizenGroup.WORKER);
                case "OFFICIAL", "CAN BO", "CONG CHUC", "VIEN CHUC" -> Optional.of(CitizenGroup.OFFICIAL);
                default -> throw new IllegalArgumentException("the citizen group must be nông dân, công nhân or cán bộ, "
                        + "not '" + given + "'");
            };
        }

        private static Optional<String> phone(String given) {
            if (given.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(PhoneNumbers.toE164(given.replaceFirst("\\.0$", "")).orElseThrow(
                    () -> new IllegalArgumentException("'" + given + "' is not a Vietnamese mobile number")));
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        Map<String, List<String>> names = Map.of(
                "household", List.of("Mã hộ", "Ma ho", "household_code"),
                "village", List.of("Thôn", "Bản", "Thôn, bản", "Thôn bản"),
                "language", List.of("Ngôn ngữ"),
                "member", List.of("Số thành viên", "Thành viên", "Số thứ tự", "STT trong hộ"),
                "name", List.of("Họ và tên", "Họ tên", "Tên", "full_name"),
                "sex", List.of("Giới tính"),
                "birth_year", List.of("Năm sinh"),
                "ethnicity", List.of("Dân tộc"),
                "citizen_group", List.of("Nhóm", "Nhóm công dân"),
                "phone", List.of("Số điện thoại", "Điện thoại", "SĐT"));
        names.forEach((code, aliases) -> {
            labels.put(SmsNormalizer.normalize(code), code);
            aliases.forEach(a -> labels.put(SmsNormalizer.normalize(a), code));
        });
        return Map.copyOf(labels);
    }
}
