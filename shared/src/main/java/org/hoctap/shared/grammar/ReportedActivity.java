package org.hoctap.shared.grammar;

/**
 * An activity code as the sender wrote it, and how many times it was done. The code is not checked
 * against the catalogue here: the catalogue is data, and an unknown code deserves its own answer.
 */
public record ReportedActivity(int code, int count) {
    public ReportedActivity {
        if (code < 0) {
            throw new IllegalArgumentException("a code is a number: " + code);
        }
        if (count < 1 || count > SmsGrammar.MAX_COUNT) {
            throw new IllegalArgumentException("count out of range: " + count);
        }
    }
}
