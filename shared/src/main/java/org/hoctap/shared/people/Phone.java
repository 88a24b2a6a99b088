package org.hoctap.shared.people;

import java.util.Optional;

/** A phone number (E.164) registered to a household, possibly one member's own. */
public record Phone(String e164, String householdId, Optional<String> personId, boolean optedOut) {
}
