package org.hoctap.shared.sync;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tables whose records travel between kiosks and the central server, with their keys: what a
 * kiosk may send up, and what comes down to it. Check-ins and corrections are facts (stored once);
 * the others can change and are replaced by their newest copy.
 */
public enum SyncTable {
    VILLAGE("village", "id", false, true),
    HOUSEHOLD("household", "id", true, true),
    PERSON("person", "id", true, true),
    CARD("card", "uid", true, true),
    CLASS_SESSION("class_session", "id", true, false),
    ATTENDANCE("attendance", "id", true, false),
    ATTENDANCE_CORRECTION("attendance_correction", "id", true, false),
    TOPIC("topic", "id", false, true),
    ACTIVITY_TYPE("activity_type", "code", false, true);

    private final String table;
    private final String key;
    private final boolean up;
    private final boolean down;

    SyncTable(String table, String key, boolean up, boolean down) {
        this.table = table;
        this.key = key;
        this.up = up;
        this.down = down;
    }

    public String table() {
        return table;
    }

    public String key() {
        return key;
    }

    /** Whether a kiosk sends these up. */
    public boolean up() {
        return up;
    }

    /** Whether these come down to kiosks. */
    public boolean down() {
        return down;
    }

    /** Whether a record is a fact, stored once and never replaced. */
    public boolean fact() {
        return this == ATTENDANCE || this == ATTENDANCE_CORRECTION;
    }

    public static Optional<SyncTable> of(String table) {
        return Arrays.stream(values()).filter(t -> t.table.equals(table)).findFirst();
    }
}
