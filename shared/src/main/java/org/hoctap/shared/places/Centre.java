package org.hoctap.shared.places;

/** A community learning centre (TTHTCĐ), one per commune. */
public record Centre(String id, String code, String name, String communeId) {
}
