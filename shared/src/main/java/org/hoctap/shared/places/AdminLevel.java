package org.hoctap.shared.places;

/** Levels of local government; DISTRICT exists only as history since 1 July 2025. */
public enum AdminLevel {
    PROVINCE, DISTRICT, COMMUNE
}
