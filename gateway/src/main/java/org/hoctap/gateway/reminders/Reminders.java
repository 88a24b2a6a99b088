package org.hoctap.gateway.reminders;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.store.Rows;
import org.hoctap.shared.text.Language;

/** The reminders officers scheduled, as records: scheduled, then sent or cancelled, never deleted. */
public final class Reminders {
    private Reminders() {
    }

    public static void insert(Connection c, Reminder r) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO reminder (id, kind, text_vi, text_blt, text_hnj, goal, audience, year, send_at, created_by,
                    created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.id(), r.kind().name(), r.texts().get(Language.VI), r.texts().get(Language.BLT),
                r.texts().get(Language.HNJ), r.goal().isPresent() ? r.goal().getAsInt() : null, r.audience().name(),
                r.year(), r.sendAt(), r.createdBy(), r.createdAt(), r.state().name());
        for (String commune : r.communes().communeIds()) {
            Jdbc.update(c, "INSERT INTO reminder_commune (reminder_id, commune_id) VALUES (?, ?)", r.id(), commune);
        }
    }

    /** Scheduled reminders whose time has come, oldest first. */
    public static List<Reminder> due(Connection c, Instant now) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM reminder WHERE state = 'SCHEDULED' AND send_at <= ? ORDER BY send_at",
                row -> reminder(c, row), now);
    }

    /** The reminders that reach any of {@code scope}'s communes, newest first. */
    public static List<Reminder> inScope(Connection c, CommuneScope scope) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM reminder r WHERE EXISTS (SELECT 1 FROM reminder_commune k "
                + "WHERE k.reminder_id = r.id AND " + scope.sql("k.commune_id") + ") ORDER BY send_at DESC",
                row -> reminder(c, row), scope.params(List.of()));
    }

    public static java.util.Optional<Reminder> byId(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM reminder WHERE id = ?", row -> reminder(c, row), id);
    }

    public static void markSent(Connection c, String id, int queued, int skipped, Instant now) throws SQLException {
        Jdbc.update(c, "UPDATE reminder SET state = 'SENT', done_at = ?, queued = ?, skipped = ? WHERE id = ?", now,
                queued, skipped, id);
    }

    /** Cancels a reminder not sent yet; false when it was already sent or cancelled. */
    public static boolean cancel(Connection c, String id, Instant now) throws SQLException {
        return Jdbc.update(c, "UPDATE reminder SET state = 'CANCELLED', done_at = ? WHERE id = ? AND state = 'SCHEDULED'",
                now, id) == 1;
    }

    private static Reminder reminder(Connection c, ResultSet row) throws SQLException {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Rows.optionalString(row, "text_" + language.tag()).ifPresent(t -> texts.put(language, t));
        }
        String id = row.getString("id");
        return new Reminder(id, Reminder.Kind.valueOf(row.getString("kind")), texts, Rows.optionalInt(row, "goal"),
                Reminder.Audience.valueOf(row.getString("audience")), row.getInt("year"),
                new CommuneScope(Jdbc.list(c, "SELECT commune_id FROM reminder_commune WHERE reminder_id = ? ORDER BY 1",
                        r -> r.getString(1), id)),
                Rows.instant(row, "send_at"), row.getString("created_by"), Rows.instant(row, "created_at"),
                Reminder.State.valueOf(row.getString("state")), Rows.optionalInstant(row, "done_at"),
                row.getInt("queued"), row.getInt("skipped"));
    }
}
