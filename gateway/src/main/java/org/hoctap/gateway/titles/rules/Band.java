package org.hoctap.gateway.titles.rules;

/** A classification ("Tốt", "Khá", "Trung bình"…) that a total of {@code from} points or more reaches. */
public record Band(String code, Names names, int from) {
}
