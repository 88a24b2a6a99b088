package org.hoctap.gateway.titles.rules;

import java.util.List;

/** A rule-set file that cannot be used, with every problem found in it, each at its place in the file. */
public final class RuleSetException extends RuntimeException {
    private final String source;
    private final List<String> problems;

    public RuleSetException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }
}
