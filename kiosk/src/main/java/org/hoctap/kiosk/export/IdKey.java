package org.hoctap.kiosk.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An id as UTF-8 bytes, to look up in a map: a key made once from a {@code String}, or a probe pointed
 * at part of a row's bytes, so that a million rows are looked up without making a {@code String} of
 * each id (SQLite hands bytes over a quarter cheaper than text). A probe is reused row after row: never
 * store one; store {@link #copy()}.
 */
final class IdKey {
    private byte[] bytes;
    private int from;
    private int to;
    private int hash;

    static IdKey of(String id) {
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        return new IdKey().point(utf8, 0, utf8.length);
    }

    /** This key, now for {@code bytes[from, to)}. */
    IdKey point(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.from = from;
        this.to = to;
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        this.hash = h;
        return this;
    }

    /** A key of its own with the same bytes, to keep. */
    IdKey copy() {
        return new IdKey().point(Arrays.copyOfRange(bytes, from, to), 0, to - from);
    }

    String text() {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdKey key && Arrays.equals(bytes, from, to, key.bytes, key.from, key.to);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return text();
    }
}
