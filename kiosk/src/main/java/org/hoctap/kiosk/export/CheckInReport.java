package org.hoctap.kiosk.export;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;

/** One row per check-in that counts (corrections applied), in the order they happened. */
final class CheckInReport implements Report {
    private static final List<String> CODES = List.of("checked_in_at", "session_opened_at", "session_id", "topic",
            "full_name", "sex", "birth_year", "household_code", "member_no", "village", "method");
    private static final String SQL = """
            SELECT a.checked_in_at, a.method, s.id, s.opened_at, t.name, p.full_name, p.sex, p.birth_year,
                   h.code, p.member_no, v.name
            FROM attendance a
            JOIN class_session s ON s.id = a.session_id
            JOIN topic t ON t.id = s.topic_id
            JOIN person p ON p.id = a.person_id
            JOIN household h ON h.id = p.household_id
            JOIN village v ON v.id = h.village_id
            WHERE s.centre_id = ? AND a.checked_in_at >= ? AND a.checked_in_at < ?
              AND a.id NOT IN (SELECT attendance_id FROM attendance_removed)
            ORDER BY a.checked_in_at, a.id""";

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
        Jdbc.each(c, SQL, CheckInReport::row, row -> sink.accept(cells(row, zone)), centreId, from, to);
    }

    /** By column position, in the order of the SELECT: the export maps a million rows. */
    private static CheckInRow row(ResultSet row) throws SQLException {
        int birthYear = row.getInt(8);
        return new CheckInRow(Rows.instant(row.getString(1)), row.getString(3), Rows.instant(row.getString(4)),
                row.getString(5), row.getString(6), Sex.valueOf(row.getString(7)),
                row.wasNull() ? OptionalInt.empty() : OptionalInt.of(birthYear), row.getString(9), row.getInt(10),
                row.getString(11), CheckInMethod.valueOf(row.getString(2)));
    }

    private static List<String> cells(CheckInRow row, ZoneId zone) {
        return List.of(
                LocalTimeText.of(row.checkedInAt(), zone),
                LocalTimeText.of(row.sessionOpenedAt(), zone),
                row.sessionId(),
                row.topicName(),
                row.fullName(),
                row.sex().name(),
                row.birthYear().isPresent() ? Integer.toString(row.birthYear().getAsInt()) : "",
                row.householdCode(),
                Integer.toString(row.memberNo()),
                row.villageName(),
                row.method().name());
    }
}
