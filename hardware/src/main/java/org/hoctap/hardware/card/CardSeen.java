package org.hoctap.hardware.card;

import java.time.Instant;

/** A card was presented to a reader: its UID as upper-case hex, and when. */
public record CardSeen(String uid, Instant at) {
}
