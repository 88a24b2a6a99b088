package org.hoctap.shared.grammar;

import java.util.OptionalInt;

/**
 * An activity code as the sender wrote it, how many times it was done, and the household member it
 * was done by when the sender named one (the member number on the household card). The code is not
 * checked against the catalogue here: the catalogue is data, and an unknown code deserves its own answer.
 */
public record ReportedActivity(int code, int count, OptionalInt member) {
    public ReportedActivity {
        if (code < 0) {
            throw new IllegalArgumentException("a code is a number: " + code);
        }
        if (count < 1 || count > SmsGrammar.MAX_COUNT) {
            throw new IllegalArgumentException("count out of range: " + count);
        }
        if (member.isPresent() && (member.getAsInt() < 1 || member.getAsInt() > SmsGrammar.MAX_MEMBER)) {
            throw new IllegalArgumentException("member number out of range: " + member.getAsInt());
        }
    }

    /** Done by the household, no member named. */
    public ReportedActivity(int code, int count) {
        this(code, count, OptionalInt.empty());
    }
}
