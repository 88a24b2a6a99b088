package org.hoctap.shared.people;

import org.hoctap.shared.text.Language;

/** A family, known by a short printable code such as {@code QC0042}. */
public record Household(String id, String code, String villageId, Language language) {
}
