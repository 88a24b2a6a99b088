package org.hoctap.shared.grammar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.titles.TitleKind;

/** What a household's SMS asks for, as {@link SmsGrammar#parse} understood it. */
public sealed interface SmsCommand {

    /** One or more activities done, each with how many times (a code and member appear once). */
    record Report(List<ReportedActivity> activities) implements SmsCommand {
        public Report {
            activities = List.copyOf(activities);
            if (activities.isEmpty()) {
                throw new IllegalArgumentException("a report names at least one activity");
            }
        }
    }

    /**
     * Register this phone to the household with {@code householdCode} (letters and digits, upper
     * case, e.g. QC0042); {@code confirmed} when the sender added OK, which a phone registered to
     * another household needs to move.
     */
    record Register(String householdCode, boolean confirmed) implements SmsCommand {
        public Register {
            Objects.requireNonNull(householdCode, "householdCode");
        }
    }

    /**
     * Register for a title this year: the household as a learning family, or a person as a learning
     * citizen ({@code member} from {@code CDHT#2}; without one, the phone's own person).
     */
    record RegisterForTitle(TitleKind title, OptionalInt member) implements SmsCommand {
        public RegisterForTitle {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(member, "member");
            if (title != TitleKind.FAMILY && title != TitleKind.CITIZEN) {
                throw new IllegalArgumentException("households register for FAMILY or CITIZEN by SMS, not " + title);
            }
        }
    }

    /** This year's progress and results. */
    record Progress() implements SmsCommand {
    }

    /** The sender asks how to use the service (or sent nothing at all). */
    record Help() implements SmsCommand {
    }

    /** Replies in {@code language} from now on; empty when the sender did not say which (then: the choices). */
    record ChooseLanguage(Optional<Language> language) implements SmsCommand {
        public ChooseLanguage {
            Objects.requireNonNull(language, "language");
        }
    }

    /** Take back the household's last report, when it is less than a day old. */
    record Undo() implements SmsCommand {
    }

    /** Send nothing more to this phone (its reports are still recorded). */
    record Stop() implements SmsCommand {
    }

    /** Send messages to this phone again. */
    record Start() implements SmsCommand {
    }

    /** The text is not in the grammar; {@code reason} says why, for logs (not for the sender). */
    record Unparsed(String reason) implements SmsCommand {
        public Unparsed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
