package org.hoctap.shared.activity;

import static org.hoctap.shared.store.Rows.enumValue;
import static org.hoctap.shared.store.Rows.instant;
import static org.hoctap.shared.store.Rows.optionalString;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.store.Jdbc;

/** The activity catalogue and reported activities in the store. */
public final class Activities {
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

    public static List<Activity> ofHousehold(Connection c, String householdId) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM activity WHERE household_id = ? ORDER BY reported_at, id",
                Activities::activity, householdId);
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
