package org.hoctap.gateway.ussd;

/** Where a USSD session is in the menus: the screen shown, waiting for the user's choice. */
sealed interface MenuState {
    record Main() implements MenuState {
    }

    record Categories() implements MenuState {
    }

    /** The activities of {@code category}, page {@code page} (from 0). */
    record Activities(org.hoctap.shared.activity.ActivityCategory category, int page) implements MenuState {
    }

    /** How many times activity {@code code} was done. */
    record Count(int code) implements MenuState {
    }

    record HouseholdCode() implements MenuState {
    }

    /** Moving this phone to household {@code code} waits for a yes. */
    record ConfirmMove(String code) implements MenuState {
    }

    record Languages() implements MenuState {
    }
}
