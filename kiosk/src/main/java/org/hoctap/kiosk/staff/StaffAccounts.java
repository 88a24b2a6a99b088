package org.hoctap.kiosk.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hoctap.shared.login.SecretHash;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;

/**
 * The kiosk's staff accounts: a name with a hashed password and, optionally, a hashed PIN. Hashing is
 * slow on purpose, so it happens outside any transaction; call from a worker thread, never an event loop.
 */
public final class StaffAccounts {
    private static final int MAX_NAME_LENGTH = 40;

    /** Which secret a login gives: the password (anywhere) or the PIN (the kiosk's own screen). */
    public enum Secret { PASSWORD, PIN }

    private final Database db;
    private final Clock clock;

    public StaffAccounts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Adds the account {@code name}, or gives it a new password (and a new PIN when {@code pin} is
     * given; an account keeps its PIN otherwise).
     *
     * @throws IllegalArgumentException if the name is blank or too long, or a secret is blank
     */
    public void put(String name, String password, Optional<String> pin) {
        String clean = checkedName(name);
        if (password == null || password.isBlank() || pin.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a staff password or PIN must not be blank");
        }
        String passwordHash = SecretHash.of(password);
        Optional<String> pinHash = pin.map(SecretHash::of);
        db.write(c -> Jdbc.update(c, """
                INSERT INTO staff_member (name, password_hash, pin_hash, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash,
                    pin_hash = coalesce(excluded.pin_hash, staff_member.pin_hash)""",
                clean, passwordHash, pinHash, clock.instant()));
    }

    /** The account's name as it was written when {@code given} is its password or PIN; empty otherwise. */
    public Optional<String> check(String name, Secret secret, String given) {
        if (name == null || name.isBlank() || given == null || given.isEmpty()) {
            return Optional.empty();
        }
        String column = secret == Secret.PIN ? "pin_hash" : "password_hash";
        Optional<Stored> stored = db.read(c -> Jdbc.one(c,
                "SELECT name, " + column + " FROM staff_member WHERE name = ?",
                rs -> new Stored(rs.getString(1), rs.getString(2)), name.strip()));
        if (stored.isEmpty() || stored.get().hash() == null) {
            SecretHash.matches(given, Nobody.HASH); // as long as for a real account: the time tells no names
            return Optional.empty();
        }
        return stored.filter(s -> SecretHash.matches(given, s.hash())).map(Stored::name);
    }

    /** Whether {@code given} is the password of {@code name} (without the account's exact spelling). */
    public boolean hasPassword(String name, String given) {
        return check(name, Secret.PASSWORD, given).isPresent();
    }

    /** The names of the accounts that have a PIN, for the kiosk screen's login. */
    public List<String> namesWithPin() {
        return db.read(c -> Jdbc.list(c, "SELECT name FROM staff_member WHERE pin_hash IS NOT NULL ORDER BY name",
                rs -> rs.getString(1)));
    }

    /** Every account's name. */
    public List<String> names() {
        return db.read(c -> Jdbc.list(c, "SELECT name FROM staff_member ORDER BY name", rs -> rs.getString(1)));
    }

    /**
     * Removes the account {@code name}.
     *
     * @return false when there is no such account
     * @throws IllegalStateException if it is the last one: nobody could log in any more
     */
    public boolean remove(String name) {
        return db.write(c -> {
            if (Jdbc.count(c, "SELECT count(*) FROM staff_member WHERE name = ?", name.strip()) == 0) {
                return false;
            }
            if (Jdbc.count(c, "SELECT count(*) FROM staff_member") == 1) {
                throw new IllegalStateException("this is the kiosk's last staff account: add another before removing it");
            }
            return Jdbc.update(c, "DELETE FROM staff_member WHERE name = ?", name.strip()) == 1;
        });
    }

    public boolean isEmpty() {
        return db.read(c -> Jdbc.count(c, "SELECT count(*) FROM staff_member")) == 0;
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME_LENGTH || clean.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a staff name is 1 to " + MAX_NAME_LENGTH
                    + " characters without control characters");
        }
        return clean;
    }

    private record Stored(String name, String hash) {
    }

    /** A hash of nothing anyone knows, checked when there is no such account; made when first needed. */
    private static final class Nobody {
        static final String HASH = SecretHash.of(UUID.randomUUID().toString());
    }
}
