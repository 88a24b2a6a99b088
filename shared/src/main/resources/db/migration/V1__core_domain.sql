-- The core domain of DESIGN.md. Ids made on devices are UUIDv7 text; instants are UTC ISO-8601 text;
-- dates are ISO local dates. Records from kiosks are immutable facts: corrections are new rows.

-- Province and commune (districts ended on 1 July 2025 and stay as history).
CREATE TABLE admin_unit (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    parent_id   TEXT REFERENCES admin_unit (id),
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    UNIQUE (code, valid_from)
);

-- Communes were merged: a unit may have several predecessors.
CREATE TABLE admin_unit_predecessor (
    unit_id         TEXT NOT NULL REFERENCES admin_unit (id),
    predecessor_id  TEXT NOT NULL REFERENCES admin_unit (id),
    PRIMARY KEY (unit_id, predecessor_id)
);

CREATE TABLE village (
    id          TEXT PRIMARY KEY,
    commune_id  TEXT NOT NULL REFERENCES admin_unit (id),
    name        TEXT NOT NULL
);

CREATE TABLE centre (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    commune_id  TEXT NOT NULL REFERENCES admin_unit (id)
);

CREATE TABLE household (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    village_id  TEXT NOT NULL REFERENCES village (id),
    language    TEXT NOT NULL DEFAULT 'vi' CHECK (language IN ('vi', 'blt', 'hnj'))
);

-- ethnicity is sensitive personal data: read it only where a feature needs it.
CREATE TABLE person (
    id             TEXT PRIMARY KEY,
    household_id   TEXT NOT NULL REFERENCES household (id),
    member_no      INTEGER NOT NULL CHECK (member_no > 0),
    full_name      TEXT NOT NULL,
    sex            TEXT NOT NULL CHECK (sex IN ('F', 'M')),
    birth_year     INTEGER,
    ethnicity      TEXT,
    citizen_group  TEXT CHECK (citizen_group IN ('FARMER', 'WORKER', 'OFFICIAL')),
    language       TEXT CHECK (language IN ('vi', 'blt', 'hnj')),
    UNIQUE (household_id, member_no)
);
CREATE INDEX person_by_household ON person (household_id);

-- A phone belongs to one household, and may be one member's own.
CREATE TABLE phone (
    e164           TEXT PRIMARY KEY CHECK (e164 GLOB '+[1-9]*'),
    household_id   TEXT NOT NULL REFERENCES household (id),
    person_id      TEXT REFERENCES person (id),
    registered_at  TEXT NOT NULL,
    opted_out      INTEGER NOT NULL DEFAULT 0 CHECK (opted_out IN (0, 1))
);
CREATE INDEX phone_by_household ON phone (household_id);

CREATE TABLE card (
    uid        TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES person (id),
    issued_at  TEXT NOT NULL
);
CREATE INDEX card_by_person ON card (person_id);

CREATE TABLE topic (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    category   TEXT NOT NULL,
    pictogram  TEXT NOT NULL
);

CREATE TABLE class_session (
    id           TEXT PRIMARY KEY,
    centre_id    TEXT NOT NULL REFERENCES centre (id),
    topic_id     TEXT NOT NULL REFERENCES topic (id),
    teacher      TEXT,
    opened_at    TEXT NOT NULL,
    planned_end  TEXT,
    closed_at    TEXT
);
CREATE INDEX class_session_by_centre ON class_session (centre_id, opened_at);

-- One learner-turn. A person checks in to a session once.
CREATE TABLE attendance (
    id             TEXT PRIMARY KEY,
    session_id     TEXT NOT NULL REFERENCES class_session (id),
    person_id      TEXT NOT NULL REFERENCES person (id),
    checked_in_at  TEXT NOT NULL,
    method         TEXT NOT NULL CHECK (method IN ('CARD', 'NAME', 'STAFF')),
    UNIQUE (session_id, person_id)
);

-- The catalogue of numeric activity codes; names live in the text templates (activity.<code>).
CREATE TABLE activity_type (
    code      INTEGER PRIMARY KEY CHECK (code BETWEEN 10 AND 99),
    category  TEXT NOT NULL CHECK (category IN ('ADULT', 'CHILD', 'COMMUNITY')),
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Every inbound SMS is stored before the SMSC gets its deliver_sm_resp.
CREATE TABLE inbound_message (
    id               TEXT PRIMARY KEY,
    smsc_message_id  TEXT,
    sender           TEXT NOT NULL,
    recipient        TEXT NOT NULL,
    text             TEXT NOT NULL,
    data_coding      INTEGER NOT NULL,
    received_at      TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('RECEIVED', 'PROCESSED', 'FAILED'))
);
CREATE INDEX inbound_message_by_sender ON inbound_message (sender, received_at);

CREATE TABLE activity (
    id                 TEXT PRIMARY KEY,
    household_id       TEXT NOT NULL REFERENCES household (id),
    person_id          TEXT REFERENCES person (id),
    activity_code      INTEGER NOT NULL REFERENCES activity_type (code),
    count              INTEGER NOT NULL CHECK (count > 0),
    reported_at        TEXT NOT NULL,
    channel            TEXT NOT NULL CHECK (channel IN ('SMS', 'USSD', 'KIOSK', 'STAFF')),
    source_message_id  TEXT REFERENCES inbound_message (id)
);
CREATE INDEX activity_by_household ON activity (household_id, reported_at);

CREATE TABLE outbound_message (
    id               TEXT PRIMARY KEY,
    recipient        TEXT NOT NULL,
    text             TEXT NOT NULL,
    template         TEXT NOT NULL,
    language         TEXT NOT NULL,
    encoding         TEXT NOT NULL CHECK (encoding IN ('GSM7', 'UCS2')),
    segments         INTEGER NOT NULL CHECK (segments > 0),
    in_reply_to      TEXT REFERENCES inbound_message (id),
    state            TEXT NOT NULL CHECK (state IN ('QUEUED', 'SENT', 'FAILED')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    smsc_message_id  TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT,
    last_error       TEXT
);
CREATE INDEX outbound_message_queue ON outbound_message (state, created_at);
