package org.hoctap.kiosk.staff;

import java.nio.file.Path;
import java.util.Optional;
import org.hoctap.kiosk.staff.StaffAccounts.Secret;
import org.hoctap.shared.login.KeptSecret;

/**
 * The account {@value #NAME} that a kiosk makes when it has none, so that someone can log in at all:
 * with the password and PIN configured, or else with ones generated once and kept in files for the
 * installer to read and hand over.
 */
public record FirstStaffAccount(String name, KeptSecret password, KeptSecret pin) {
    public static final String NAME = "staff";
    private static final int PASSWORD_DIGITS = 8;
    private static final int PIN_DIGITS = 6;

    /**
     * Makes the first account when there is no account yet, or gives it the configured password (and
     * PIN) when they differ from its own.
     *
     * @return the first account, or empty when the kiosk has accounts and no password was configured
     */
    public static Optional<FirstStaffAccount> ensure(StaffAccounts accounts, Optional<String> password,
            Optional<String> pin, Path passwordFile, Path pinFile) {
        if (password.isEmpty() && !accounts.isEmpty()) {
            return Optional.empty();
        }
        KeptSecret thePassword = KeptSecret.resolve(password, passwordFile, PASSWORD_DIGITS);
        KeptSecret thePin = KeptSecret.resolve(pin, pinFile, PIN_DIGITS);
        if (accounts.check(NAME, Secret.PASSWORD, thePassword.value()).isEmpty()
                || accounts.check(NAME, Secret.PIN, thePin.value()).isEmpty()) {
            accounts.put(NAME, thePassword.value(), Optional.of(thePin.value()));
        }
        return Optional.of(new FirstStaffAccount(NAME, thePassword, thePin));
    }

    /** How to log in with it, for the console: where the secrets are, never the secrets themselves. */
    public String howToLogIn() {
        return "name '" + name + "', password " + password.file().map(f -> "in " + f).orElse("as configured")
                + ", PIN " + pin.file().map(f -> "in " + f).orElse("as configured");
    }
}
