package org.hoctap.shared.text;

import java.util.AbstractMap;
import java.util.Set;

/**
 * Values that render each placeholder as itself, "{name}" for {@code name}: for pages that receive
 * their texts once and fill the values in themselves.
 */
public final class PlaceholdersKept extends AbstractMap<String, Object> {
    public static final PlaceholdersKept INSTANCE = new PlaceholdersKept();

    private PlaceholdersKept() {
    }

    @Override
    public Object get(Object name) {
        return "{" + name + "}";
    }

    @Override
    public boolean containsKey(Object name) {
        return true;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Set.of();
    }
}
