package org.hoctap.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.places.AdminLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcTest {
    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("test.db"));
        db.write(c -> Jdbc.update(c, "CREATE TABLE t (k INTEGER PRIMARY KEY, s TEXT, i INTEGER, d TEXT)"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void instantsAreStoredAsTextThatSortsInTimeOrder() {
        Instant whole = Instant.parse("2025-10-01T08:00:00Z");
        List<Instant> instants = List.of(whole.plusNanos(1), whole.plusMillis(500), whole, whole.minusNanos(1),
                whole.plusSeconds(1), whole.plusNanos(123_456_000));
        db.write(c -> {
            for (int k = 0; k < instants.size(); k++) {
                Jdbc.update(c, "INSERT INTO t (k, s) VALUES (?, ?)", k, instants.get(k));
            }
            return null;
        });
        List<Instant> sorted = db.read(c -> Jdbc.list(c, "SELECT s FROM t ORDER BY s", row -> Rows.instant(row, "s")));
        List<Instant> expected = new ArrayList<>(instants);
        expected.sort(null);
        assertEquals(expected, sorted);
        long atOrAfterWhole = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM t WHERE s >= ?", whole));
        assertEquals(5, atOrAfterWhole);
    }

    @Test
    void valuesAndOptionalsRoundTrip() {
        db.write(c -> {
            Jdbc.update(c, "INSERT INTO t (k, s, i, d) VALUES (?, ?, ?, ?)", 1, AdminLevel.COMMUNE, true,
                    LocalDate.of(2025, 7, 1));
            Jdbc.update(c, "INSERT INTO t (k, s, i, d) VALUES (?, ?, ?, ?)", 2, Optional.empty(), null,
                    Optional.of(LocalDate.of(2004, 1, 1)));
            return null;
        });
        record Row(Optional<AdminLevel> level, OptionalInt flag, Optional<LocalDate> day) {
        }
        List<Row> rows = db.read(c -> Jdbc.list(c, "SELECT * FROM t ORDER BY k", row -> new Row(
                Rows.optionalEnum(row, "s", AdminLevel.class), Rows.optionalInt(row, "i"),
                Rows.optionalDate(row, "d"))));
        assertEquals(List.of(
                new Row(Optional.of(AdminLevel.COMMUNE), OptionalInt.of(1), Optional.of(LocalDate.of(2025, 7, 1))),
                new Row(Optional.empty(), OptionalInt.empty(), Optional.of(LocalDate.of(2004, 1, 1)))), rows);
    }

    @Test
    void oneIsEmptyWithoutARowAndEachStreamsInOrder() {
        db.write(c -> {
            for (int k = 1; k <= 3; k++) {
                Jdbc.update(c, "INSERT INTO t (k) VALUES (?)", k);
            }
            return null;
        });
        assertTrue(db.read(c -> Jdbc.one(c, "SELECT k FROM t WHERE k = 9", row -> row.getInt(1))).isEmpty());
        List<Integer> seen = new ArrayList<>();
        db.read(c -> {
            Jdbc.each(c, "SELECT k FROM t WHERE k > ? ORDER BY k DESC", row -> row.getInt(1), seen::add, 1);
            return null;
        });
        assertEquals(List.of(3, 2), seen);
        assertEquals(0, (long) db.read(c -> count(c, 9)));
    }

    private static long count(Connection c, int k) throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM t WHERE k = ?", k);
    }
}
