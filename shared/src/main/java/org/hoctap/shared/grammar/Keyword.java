package org.hoctap.shared.grammar;

import java.util.Locale;

/** The commands a household can send by keyword; their aliases are in {@code grammar/keywords.properties}. */
enum Keyword {
    REGISTER, PROGRESS, HELP, LANGUAGE, UNDO, STOP, START, FAMILY_TITLE, CITIZEN_TITLE;

    /** The command's name in the keywords file. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
