package org.hoctap.shared.activity;

import static org.hoctap.shared.store.Rows.enumValue;
import static org.hoctap.shared.store.Rows.instant;
import static org.hoctap.shared.store.Rows.optionalString;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.store.Jdbc;

/** The activity catalogue and reported activities in the store. */
public final class Activities {
    /** Read from the household's index alone (it carries the count and the undo mark). */
    static final String COUNT_BETWEEN = """
            SELECT coalesce(sum(count), 0) FROM activity
            WHERE household_id = ? AND undone_at IS NULL AND reported_at >= ? AND reported_at < ?""";

    private Activities() {
    }

    public static List<ActivityType> catalogue(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM activity_type WHERE active = 1 ORDER BY code", Activities::type);
    }

    public static Optional<ActivityType> type(Connection c, int code) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM activity_type WHERE code = ? AND active = 1", Activities::type, code);
    }

    public static void insert(Connection c, Activity activity) throws SQLException {
        Jdbc.update(c, """
                INSERT INTO activity (id, household_id, person_id, activity_code, count, reported_at, channel,
                                      source_message_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                activity.id(), activity.householdId(), activity.personId(), activity.code(), activity.count(),
                activity.reportedAt(), activity.channel(), activity.sourceMessageId());
    }

    /** The household's activities that stand (not undone), oldest first. */
    public static List<Activity> ofHousehold(Connection c, String householdId) throws SQLException {
        return Jdbc.list(c, """
                SELECT * FROM activity WHERE household_id = ? AND undone_at IS NULL ORDER BY reported_at, id""",
                Activities::activity, householdId);
    }

    /** How many times the household did anything (counts added up) reported in [{@code from}, {@code to}). */
    public static long countBetween(Connection c, String householdId, Instant from, Instant to) throws SQLException {
        return Jdbc.count(c, COUNT_BETWEEN, householdId, from, to);
    }

    /**
     * Marks undone the household's newest report by message (SMS or USSD) made since {@code since};
     * returns the activities it held, empty when there was none.
     */
    public static List<Activity> undoLastReport(Connection c, String householdId, Instant since, Instant now)
            throws SQLException {
        Optional<String> message = Jdbc.one(c, """
                SELECT source_message_id FROM activity
                WHERE household_id = ? AND undone_at IS NULL AND source_message_id IS NOT NULL
                      AND channel IN ('SMS', 'USSD') AND reported_at >= ?
                ORDER BY reported_at DESC, id DESC LIMIT 1""", row -> row.getString(1), householdId, since);
        if (message.isEmpty()) {
            return List.of();
        }
        List<Activity> undone = Jdbc.list(c, """
                SELECT * FROM activity WHERE household_id = ? AND source_message_id = ? AND undone_at IS NULL
                ORDER BY id""", Activities::activity, householdId, message.get());
        Jdbc.update(c, "UPDATE activity SET undone_at = ? WHERE household_id = ? AND source_message_id = ?",
                now, householdId, message.get());
        return undone;
    }

    private static ActivityType type(ResultSet row) throws SQLException {
        return new ActivityType(row.getInt("code"), enumValue(row, "category", ActivityCategory.class),
                row.getInt("active") == 1);
    }

    private static Activity activity(ResultSet row) throws SQLException {
        return new Activity(row.getString("id"), row.getString("household_id"), optionalString(row, "person_id"),
                row.getInt("activity_code"), row.getInt("count"), instant(row, "reported_at"),
                enumValue(row, "channel", Channel.class), optionalString(row, "source_message_id"));
    }
}
