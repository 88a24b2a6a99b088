package org.hoctap.gateway.reminders;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.shared.text.Language;

/**
 * A broadcast an officer schedules for the households of some communes.
 *
 * @param texts  the officer's words by language, for a {@link Kind#TEXT} reminder (Vietnamese always)
 * @param goal   the activities of the year to aim at, for a {@link Kind#PROGRESS} reminder
 */
public record Reminder(String id, Kind kind, Map<Language, String> texts, OptionalInt goal, Audience audience,
        int year, CommuneScope communes, Instant sendAt, String createdBy, Instant createdAt, State state,
        Optional<Instant> doneAt, int queued, int skipped) {

    public enum Kind {
        /** The officer's own words. */
        TEXT,
        /** Each household's count of activities this year and what it lacks to reach the goal. */
        PROGRESS
    }

    public enum Audience {
        /** Every household with a phone. */
        ALL,
        /** Households registered as learning families for the year. */
        FAMILY_REGISTERED
    }

    public enum State {
        SCHEDULED, SENT, CANCELLED
    }

    public Reminder {
        texts = Map.copyOf(texts);
        if (kind == Kind.TEXT && (texts.get(Language.VI) == null || texts.get(Language.VI).isBlank())) {
            throw new IllegalArgumentException("a text reminder needs its Vietnamese text");
        }
        if (kind == Kind.PROGRESS && (goal.isEmpty() || goal.getAsInt() < 1)) {
            throw new IllegalArgumentException("a progress reminder needs a goal of at least one activity");
        }
    }
}
