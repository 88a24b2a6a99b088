package org.hoctap.kiosk.export;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;
import org.hoctap.shared.store.StoreException;

/**
 * One row per check-in that counts (corrections applied), in the order they happened. A million rows
 * are read as they lie in the time index; what repeats on every row (the session, the person, their
 * household and village) is read once per session and person and kept as ready cells, so SQLite does
 * not join five tables a million times over.
 */
final class CheckInReport implements Report {
    private static final List<String> CODES = List.of("checked_in_at", "session_opened_at", "session_id", "topic",
            "full_name", "sex", "birth_year", "household_code", "member_no", "village", "method");
    private static final CheckInMethod[] METHODS = CheckInMethod.values();
    private static final byte[][] METHOD_NAMES = Arrays.stream(METHODS)
            .map(method -> method.name().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    /**
     * The time in seconds, and the session, person and method in one text (one value to fetch instead
     * of four: fetching is most of a row's cost), parted by {@link #PART} and read as bytes (a quarter
     * cheaper than as text; the ids are looked up as bytes, {@link IdKey}); with the rowid, all of it
     * in the time index (a check-in corrected away is told by its rowid).
     */
    static final String CHECK_INS = """
            SELECT unixepoch(checked_in_at), session_id || char(31) || person_id || char(31) || method, rowid
            FROM attendance
            WHERE checked_in_at >= ? AND checked_in_at < ?
            ORDER BY checked_in_at""";
    private static final String REMOVED = """
            SELECT a.rowid FROM attendance a JOIN attendance_removed r ON r.attendance_id = a.id""";
    private static final byte PART = 31;
    private static final String SESSIONS = """
            SELECT s.id, s.opened_at, t.name FROM class_session s JOIN topic t ON t.id = s.topic_id
            WHERE s.centre_id = ? AND s.opened_at < ?""";
    private static final String PERSON = """
            SELECT p.id, p.full_name, p.sex, p.birth_year, h.code, p.member_no, v.name
            FROM person p JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id""";
    private static final String LEARNERS_OF_CENTRE = PERSON
            + " JOIN centre ce ON ce.commune_id = v.commune_id WHERE ce.id = ?";

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public String filePrefix() {
        return "diem-danh";
    }

    @Override
    public List<String> codes() {
        return CODES;
    }

    @Override
    public void each(Connection c, String centreId, Instant from, Instant to, ZoneId zone, Consumer<List<String>> sink)
            throws SQLException {
        Map<IdKey, List<String>> sessions = new HashMap<>();
        Jdbc.each(c, SESSIONS, row -> row, row -> sessions.put(IdKey.of(text(row, 1)), List.of(
                new LocalTimeText(zone).of(Rows.instant(text(row, 2))), text(row, 1), text(row, 3))), centreId, to);
        Map<IdKey, List<String>> persons = new HashMap<>();
        Jdbc.each(c, LEARNERS_OF_CENTRE, row -> row, row -> persons.put(IdKey.of(text(row, 1)), personCells(row)),
                centreId);
        Set<Long> removed = new HashSet<>(Jdbc.list(c, REMOVED, row -> row.getLong(1)));
        List<String> cells = new ArrayList<>(CODES.size());
        LocalTimeText times = new LocalTimeText(zone);
        IdKey sessionId = new IdKey();
        IdKey personId = new IdKey();
        Jdbc.each(c, CHECK_INS, row -> row, row -> {
            byte[] parts = cell(row, 2, ResultSet::getBytes);
            int afterSession = indexOf(parts, PART, 0);
            int afterPerson = indexOf(parts, PART, afterSession + 1);
            List<String> session = sessions.get(sessionId.point(parts, 0, afterSession));
            if (session == null || !removed.isEmpty() && removed.contains(cell(row, 3, ResultSet::getLong))) {
                return; // another centre's, or corrected away
            }
            List<String> person = persons.get(personId.point(parts, afterSession + 1, afterPerson));
            if (person == null) {
                person = otherPerson(c, personId.text());
                persons.put(personId.copy(), person);
            }
            cells.clear();
            cells.add(times.of(time(row)));
            cells.addAll(session);
            cells.addAll(person);
            cells.add(method(parts, afterPerson + 1));
            sink.accept(cells);
        }, from, to);
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new StoreException("a check-in's session, person and method cannot be told apart", null);
    }

    /** The method that ends {@code parts} from {@code start}, as one of a few constant strings, not a new one per row. */
    private static String method(byte[] parts, int start) {
        int length = parts.length - start;
        for (CheckInMethod method : METHODS) {
            byte[] name = METHOD_NAMES[method.ordinal()];
            if (name.length == length && Arrays.equals(parts, start, parts.length, name, 0, length)) {
                return method.name();
            }
        }
        return new String(parts, start, length, StandardCharsets.UTF_8);
    }

    /** The check-in's time in seconds; one SQLite could not read stops the export rather than show 1970. */
    private static long time(ResultSet row) {
        try {
            long seconds = row.getLong(1);
            if (row.wasNull()) {
                throw new StoreException("a check-in's time cannot be read for the export", null);
            }
            return seconds;
        } catch (SQLException e) {
            throw new StoreException("cannot read a check-in for the export", e);
        }
    }


    /** Full name, sex, birth year, household code, member number, village. */
    private static List<String> personCells(ResultSet row) {
        try {
            int birthYear = row.getInt(4);
            String year = row.wasNull() ? "" : Integer.toString(birthYear);
            return List.of(row.getString(2), row.getString(3), year, row.getString(5),
                    Integer.toString(row.getInt(6)), row.getString(7));
        } catch (SQLException e) {
            throw new StoreException("cannot read a learner for the export", e);
        }
    }

    /** A person who came from outside the centre's commune. */
    private static List<String> otherPerson(Connection c, String id) {
        try {
            Optional<List<String>> cells = Jdbc.one(c, PERSON + " WHERE p.id = ?", CheckInReport::personCells, id);
            return cells.orElse(List.of("?", "", "", "", "", ""));
        } catch (SQLException e) {
            throw new StoreException("cannot read a learner for the export", e);
        }
    }

    private static String text(ResultSet row, int column) {
        return cell(row, column, ResultSet::getString);
    }

    /** How a value is read from a row (a {@code ResultSet} getter). */
    private interface Getter<T> {
        T get(ResultSet row, int column) throws SQLException;
    }

    /** A value of the row; one the driver cannot read stops the export. */
    private static <T> T cell(ResultSet row, int column, Getter<T> getter) {
        try {
            return getter.get(row, column);
        } catch (SQLException e) {
            throw new StoreException("cannot read a check-in for the export", e);
        }
    }
}
