package org.hoctap.gateway.officers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The communes an answer is limited to, as SQL: {@code commune_id IN (?, ?)} with its parameters. */
public record CommuneScope(List<String> communeIds) {
    public CommuneScope {
        communeIds = List.copyOf(communeIds);
    }

    public boolean isEmpty() {
        return communeIds.isEmpty();
    }

    /** {@code column IN (?, …)}; never true for no commune. */
    public String sql(String column) {
        return communeIds.isEmpty() ? "0" : column + " IN (" + String.join(", ", Collections.nCopies(communeIds.size(), "?")) + ")";
    }

    /** {@code before}, then the communes' ids, then {@code after}: the parameters of a query using {@link #sql}. */
    public Object[] params(List<?> before, Object... after) {
        List<Object> all = new ArrayList<>(before);
        all.addAll(communeIds);
        all.addAll(List.of(after));
        return all.toArray();
    }
}
