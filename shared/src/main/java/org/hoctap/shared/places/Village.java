package org.hoctap.shared.places;

/** A thôn, bản or tổ dân phố within a commune. */
public record Village(String id, String communeId, String name) {
}
