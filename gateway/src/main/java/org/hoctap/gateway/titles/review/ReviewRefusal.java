package org.hoctap.gateway.titles.review;

import java.util.Map;
import java.util.Set;
import org.hoctap.gateway.officers.Refusal;

/** Why an officer's review step was refused (see {@link Review}'s keys). */
public final class ReviewRefusal extends Refusal {
    private static final Set<String> FORBIDDEN = Set.of(Review.NOT_YOURS, Review.MAY_NOT_DECIDE);

    public ReviewRefusal(String templateKey, Map<String, ?> values) {
        super(kindOf(templateKey), templateKey, values);
    }

    public ReviewRefusal(String templateKey) {
        this(templateKey, Map.of());
    }

    private static Kind kindOf(String key) {
        if (key.equals(Review.NO_SUCH_REGISTRATION)) {
            return Kind.NOT_FOUND;
        }
        return FORBIDDEN.contains(key) ? Kind.FORBIDDEN : Kind.INVALID;
    }
}
