package org.hoctap.shared.learning;

/** How a person checked in: tapped a card, picked their name, or was marked by staff. */
public enum CheckInMethod {
    CARD, NAME, STAFF
}
