package org.hoctap.shared.people;

/** A check-in card: its UID (upper-case hex) belongs to one person. */
public record Card(String uid, String personId) {
}
