package org.hoctap.gateway.titles.scoring;

import java.time.Instant;

/** An officer's points for an indicator in place of the computed ones, with the reason written down. */
public record Adjustment(String indicator, int points, String reason, String by, Instant at) {
}
