package org.hoctap.gateway.figures;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;
import org.hoctap.shared.titles.AreaType;
import org.hoctap.shared.titles.TitleKind;

/** The programme's targets by title and area type: the latest set stands; each change is a new record. */
public final class ProgrammeTargets {
    /** The share, in percent, of families (clans, villages, units; adults as citizens) to be learning ones. */
    public record Target(TitleKind title, AreaType area, int percent, String basis, String setBy, Instant setAt) {
    }

    private ProgrammeTargets() {
    }

    public static List<Target> standing(Connection c) throws SQLException {
        return Jdbc.list(c, """
                SELECT t.* FROM programme_target t WHERE NOT EXISTS (SELECT 1 FROM programme_target later
                    WHERE later.title = t.title AND later.area_type = t.area_type
                      AND (later.set_at, later.id) > (t.set_at, t.id))
                ORDER BY CASE t.title WHEN 'FAMILY' THEN 1 WHEN 'CLAN' THEN 2 WHEN 'COMMUNITY' THEN 3 WHEN 'UNIT' THEN 4
                    ELSE 5 END, t.area_type""",
                row -> new Target(Rows.enumValue(row, "title", TitleKind.class),
                        Rows.enumValue(row, "area_type", AreaType.class), row.getInt("percent"), row.getString("basis"),
                        row.getString("set_by"), Rows.instant(row, "set_at")));
    }

    /** @throws IllegalArgumentException if {@code percent} is not 0..100 */
    public static void set(Connection c, TitleKind title, AreaType area, int percent, String basis, String by,
            Instant now) throws SQLException {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a target is a percentage, 0 to 100: " + percent);
        }
        Jdbc.update(c, """
                INSERT INTO programme_target (id, title, area_type, percent, basis, set_by, set_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", Ids.newId(), title.name(), area.name(), percent, basis, by, now);
    }

    public static int percentFor(List<Target> targets, TitleKind title, AreaType area) {
        return targets.stream().filter(t -> t.title() == title && t.area() == area).mapToInt(Target::percent)
                .findFirst().orElse(0);
    }
}
