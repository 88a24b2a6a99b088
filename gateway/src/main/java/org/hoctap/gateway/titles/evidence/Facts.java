package org.hoctap.gateway.titles.evidence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;

/**
 * Facts staff record as evidence (adult literacy, a child's school completion, a cultural-family
 * title, a self-assessment score): about a household, a person or a registration, for a year. A
 * fact recorded again is a new record; the latest counts.
 */
public final class Facts {
    /** As the evidence_fact table's CHECK has it, and no longer than a code needs to be. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** A recorded fact, for showing beside the score it feeds. */
    public record RecordedFact(String fact, long value, String note, String recordedBy, Instant recordedAt) {
    }

    private Facts() {
    }

    /** Whether {@code fact} is a fact code: capital letters, digits and underscores, a letter first, at most 64. */
    public static boolean isCode(String fact) {
        return CODE.matcher(fact).matches();
    }

    /**
     * @throws IllegalArgumentException if {@code fact} is not a fact code (capital letters, digits, underscores)
     */
    public static void record(Connection c, int year, String subjectId, String fact, long value, String note,
            String by, Instant now) throws SQLException {
        if (!isCode(fact)) {
            throw new IllegalArgumentException("not a fact code: " + fact);
        }
        Jdbc.update(c, """
                INSERT INTO evidence_fact (id, year, subject_id, fact, value, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Ids.newId(), year, subjectId, fact, value, note, by, now);
    }

    public static OptionalLong latest(Connection c, int year, String subjectId, String fact) throws SQLException {
        return Jdbc.one(c, """
                SELECT value FROM evidence_fact WHERE subject_id = ? AND year = ? AND fact = ?
                ORDER BY recorded_at DESC, id DESC LIMIT 1""", row -> row.getLong(1), subjectId, year, fact)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Each fact's latest record about {@code subjectId} in {@code year}. */
    public static List<RecordedFact> latestOf(Connection c, int year, String subjectId) throws SQLException {
        return Jdbc.list(c, """
                SELECT f.fact, f.value, f.note, f.recorded_by, f.recorded_at FROM evidence_fact f
                WHERE f.subject_id = ? AND f.year = ? AND NOT EXISTS (SELECT 1 FROM evidence_fact later
                    WHERE later.subject_id = f.subject_id AND later.year = f.year AND later.fact = f.fact
                      AND (later.recorded_at, later.id) > (f.recorded_at, f.id))
                ORDER BY f.fact""", row -> new RecordedFact(row.getString("fact"), row.getLong("value"),
                row.getString("note"), row.getString("recorded_by"), Rows.instant(row, "recorded_at")),
                subjectId, year);
    }
}
