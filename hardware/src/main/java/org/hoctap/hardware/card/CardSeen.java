package org.hoctap.hardware.card;

import java.time.Instant;

/**
 * A card was presented to a reader: its number as the reader gives it (the UID in upper-case hex
 * from a 13.56 MHz reader, the digits a USB keyboard reader types), and when.
 */
public record CardSeen(String uid, Instant at) {
}
