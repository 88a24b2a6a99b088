-- Broadcasts an officer schedules (Lifelong Learning Week, "5 more activities to reach the goal"),
-- sent at send_at to the opted-in phones of the households of the communes chosen. TEXT: the
-- officer's words in each language (Vietnamese always; the others fall back to it); PROGRESS: each
-- household's count of activities this year and what is missing to reach goal.
CREATE TABLE reminder (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('TEXT', 'PROGRESS')),
    text_vi     TEXT,
    text_blt    TEXT,
    text_hnj    TEXT,
    goal        INTEGER CHECK (goal > 0),
    audience    TEXT NOT NULL CHECK (audience IN ('ALL', 'FAMILY_REGISTERED')),
    year        INTEGER NOT NULL,
    send_at     TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('SCHEDULED', 'SENT', 'CANCELLED')),
    done_at     TEXT,
    queued      INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'TEXT' AND text_vi IS NOT NULL) OR (kind = 'PROGRESS' AND goal IS NOT NULL))
);
CREATE INDEX reminder_due ON reminder (state, send_at);

CREATE TABLE reminder_commune (
    reminder_id  TEXT NOT NULL REFERENCES reminder (id),
    commune_id   TEXT NOT NULL REFERENCES admin_unit (id),
    PRIMARY KEY (reminder_id, commune_id)
);
