package org.hoctap.shared.grammar;

import java.util.List;
import java.util.Objects;

/** What a household's SMS asks for, as {@link SmsGrammar#parse} understood it. */
public sealed interface SmsCommand {

    /** One or more activities done, each with how many times (a code may appear once). */
    record Report(List<ReportedActivity> activities) implements SmsCommand {
        public Report {
            activities = List.copyOf(activities);
            if (activities.isEmpty()) {
                throw new IllegalArgumentException("a report names at least one activity");
            }
        }
    }

    /** The sender asks how to use the service (or sent nothing at all). */
    record Help() implements SmsCommand {
    }

    /** The text is not in the grammar; {@code reason} says why, for logs (not for the sender). */
    record Unparsed(String reason) implements SmsCommand {
        public Unparsed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
