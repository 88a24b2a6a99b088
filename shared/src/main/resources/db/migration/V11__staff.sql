-- The kiosk's staff: a name, an Argon2id hash of the password (used from a phone or laptop on the
-- centre's Wi-Fi) and of the PIN (used on the kiosk's own screen only). Never the secrets themselves.
CREATE TABLE staff_member (
    name           TEXT PRIMARY KEY COLLATE NOCASE,
    password_hash  TEXT NOT NULL,
    pin_hash       TEXT,
    created_at     TEXT NOT NULL
);

-- Who did what on the staff pages (logins, downloads, sessions opened and closed), for the centre to
-- answer "who took the attendance list home?". Kept as records, never edited.
CREATE TABLE staff_action (
    id      TEXT PRIMARY KEY,
    at      TEXT NOT NULL,
    staff   TEXT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX staff_action_by_time ON staff_action (at);
