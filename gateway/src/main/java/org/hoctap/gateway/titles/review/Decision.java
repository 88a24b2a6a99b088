package org.hoctap.gateway.titles.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.titles.AreaType;

/**
 * A confirmed result ("công nhận" or not yet): the points of every indicator as they stood, the rule
 * set it was taken under (label and file digest), who decided and when, and the decision it replaces.
 */
public record Decision(String id, String registrationId, String ruleSet, String ruleSetDigest, AreaType area,
        int total, int maximum, OptionalInt passMark, boolean achieved, Optional<String> band,
        Map<String, Integer> scores, List<String> shortfalls, String decidedBy, Instant decidedAt,
        Optional<String> replaces) {

    public Decision {
        scores = Map.copyOf(scores);
        shortfalls = List.copyOf(shortfalls);
    }
}
