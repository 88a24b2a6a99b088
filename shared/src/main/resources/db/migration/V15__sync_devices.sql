-- Kiosks enrolled with the central server for sync. A device has its own secret (requests are signed
-- with it) and belongs to one centre; revoking it refuses its requests from then on.
CREATE TABLE sync_device (
    id            TEXT PRIMARY KEY,
    centre_id     TEXT NOT NULL REFERENCES centre (id),
    secret        TEXT NOT NULL,
    enrolled_at   TEXT NOT NULL,
    revoked_at    TEXT,
    last_seen_at  TEXT
);
CREATE INDEX sync_device_by_centre ON sync_device (centre_id);

-- One-time codes an officer issues for a centre; only their hash is kept. A code enrols one device.
CREATE TABLE enrolment_code (
    code_hash   TEXT PRIMARY KEY,
    centre_id   TEXT NOT NULL REFERENCES centre (id),
    issued_at   TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    device_id   TEXT REFERENCES sync_device (id)
);
