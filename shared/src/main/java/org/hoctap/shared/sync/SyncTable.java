package org.hoctap.shared.sync;

import java.util.Arrays;
import java.util.Optional;

/** The tables whose records a kiosk sends up, with their keys. A record of any other table is refused. */
public enum SyncTable {
    HOUSEHOLD("household", "id"),
    PERSON("person", "id"),
    CARD("card", "uid"),
    CLASS_SESSION("class_session", "id"),
    ATTENDANCE("attendance", "id"),
    ATTENDANCE_CORRECTION("attendance_correction", "id");

    private final String table;
    private final String key;

    SyncTable(String table, String key) {
        this.table = table;
        this.key = key;
    }

    public String table() {
        return table;
    }

    public String key() {
        return key;
    }

    public static Optional<SyncTable> of(String table) {
        return Arrays.stream(values()).filter(t -> t.table.equals(table)).findFirst();
    }
}
