package org.hoctap.shared.activity;

/** Whose learning an activity shows: an adult's, a child's, or the community's. */
public enum ActivityCategory {
    ADULT, CHILD, COMMUNITY
}
