package org.hoctap.shared.text;

import java.util.Locale;
import java.util.Optional;

/** The languages households and learners use, by BCP 47 tag. Never {@code th}: that is Thailand's Thai. */
public enum Language {
    /** Vietnamese. */
    VI("vi"),
    /** Thái, Tai Dam, in Latin letters by default. */
    BLT("blt"),
    /** Mông, Green Hmong, in Latin letters. */
    HNJ("hnj");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String lower = tag.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (lower.equals(language.tag) || lower.startsWith(language.tag + "-")) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
