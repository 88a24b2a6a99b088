package org.hoctap.shared.activity;

/** An entry of the activity catalogue: a two-digit, language-neutral code. Names live in templates. */
public record ActivityType(int code, ActivityCategory category, boolean active) {
    public ActivityType {
        if (code < 10 || code > 99) {
            throw new IllegalArgumentException("activity codes have two digits: " + code);
        }
    }

    /** The template key of this activity's name, e.g. {@code activity.12}. */
    public String nameKey() {
        return "activity." + code;
    }
}
