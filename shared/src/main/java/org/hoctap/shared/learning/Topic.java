package org.hoctap.shared.learning;

/** A thematic course (chuyên đề): farming, health, law, literacy, a language… */
public record Topic(String id, String code, String name, String category, String pictogram) {
}
