package org.hoctap.gateway.titles.registration;

import java.util.Objects;
import org.hoctap.shared.titles.TitleKind;

/** Who registers for a title: a household, a person, a village, or a named clan or unit of a village. */
public sealed interface Registrant {
    record Household(String householdId) implements Registrant {
        public Household {
            Objects.requireNonNull(householdId, "householdId");
        }
    }

    record Person(String personId) implements Registrant {
        public Person {
            Objects.requireNonNull(personId, "personId");
        }
    }

    record Village(String villageId) implements Registrant {
        public Village {
            Objects.requireNonNull(villageId, "villageId");
        }
    }

    /** A clan or a unit: a name, in the village it belongs to. */
    record NamedGroup(String villageId, String name) implements Registrant {
        public NamedGroup {
            Objects.requireNonNull(villageId, "villageId");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a clan or unit needs a name");
            }
            name = name.strip();
        }
    }

    /** Whether this kind of registrant can register for {@code title}. */
    default boolean mayRegisterFor(TitleKind title) {
        return switch (title.registrant()) {
            case HOUSEHOLD -> this instanceof Household;
            case PERSON -> this instanceof Person;
            case VILLAGE -> this instanceof Village;
            case NAMED_GROUP -> this instanceof NamedGroup;
        };
    }
}
