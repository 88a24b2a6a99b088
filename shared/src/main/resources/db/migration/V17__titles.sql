-- Titles: registrations, the evidence staff record, officers' adjustments and decisions. The rules
-- themselves are files (versioned data), not tables: decisions name the rule set and its digest.

-- Where a commune is selects a title's pass mark (70 instead of 80 for a learning citizen in
-- remote, especially disadvantaged and ethnic-minority communes).
ALTER TABLE admin_unit ADD COLUMN area_type TEXT NOT NULL DEFAULT 'NORMAL'
    CHECK (area_type IN ('NORMAL', 'DISADVANTAGED'));

-- A household, person, village, clan or unit registers for a title for a year, once.
CREATE TABLE title_registration (
    id             TEXT PRIMARY KEY,
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title          TEXT NOT NULL CHECK (title IN ('FAMILY', 'CLAN', 'COMMUNITY', 'UNIT', 'CITIZEN')),
    household_id   TEXT REFERENCES household (id),
    person_id      TEXT REFERENCES person (id),
    village_id     TEXT REFERENCES village (id),
    name           TEXT,
    channel        TEXT NOT NULL CHECK (channel IN ('SMS', 'USSD', 'STAFF', 'IMPORT')),
    registered_at  TEXT NOT NULL,
    registered_by  TEXT NOT NULL,
    CHECK ((title = 'FAMILY' AND household_id IS NOT NULL AND person_id IS NULL AND village_id IS NULL)
        OR (title = 'CITIZEN' AND person_id IS NOT NULL AND household_id IS NULL AND village_id IS NULL)
        OR (title = 'COMMUNITY' AND village_id IS NOT NULL AND household_id IS NULL AND person_id IS NULL)
        OR (title IN ('CLAN', 'UNIT') AND village_id IS NOT NULL AND name IS NOT NULL
            AND household_id IS NULL AND person_id IS NULL))
);
CREATE UNIQUE INDEX title_registration_once ON title_registration
    (year, title, coalesce(household_id, ''), coalesce(person_id, ''), coalesce(village_id, ''), coalesce(name, ''));
CREATE INDEX title_registration_by_household ON title_registration (household_id, year);
CREATE INDEX title_registration_by_person ON title_registration (person_id, year);

-- A fact staff record as evidence for a year (adult literacy, a child's school completion, a
-- cultural-family title, a self-assessment score), about a household, a person, or a registration
-- (for a clan, village or unit). The latest record of a fact counts; none is edited.
CREATE TABLE evidence_fact (
    id           TEXT PRIMARY KEY,
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    subject_id   TEXT NOT NULL,
    fact         TEXT NOT NULL CHECK (fact GLOB '[A-Z]*' AND fact NOT GLOB '*[^A-Z0-9_]*'),
    value        INTEGER NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX evidence_fact_by_subject ON evidence_fact (subject_id, year, fact, recorded_at);

-- An officer's points for an indicator in place of the computed ones, always with a reason.
-- A later adjustment of the same indicator under the same rule set replaces it; none is deleted.
CREATE TABLE indicator_adjustment (
    id               TEXT PRIMARY KEY,
    registration_id  TEXT NOT NULL REFERENCES title_registration (id),
    rule_set         TEXT NOT NULL,
    indicator        TEXT NOT NULL,
    points           INTEGER NOT NULL CHECK (points >= 0),
    reason           TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    adjusted_by      TEXT NOT NULL,
    adjusted_at      TEXT NOT NULL
);
CREATE INDEX indicator_adjustment_by_registration ON indicator_adjustment (registration_id, adjusted_at);

-- A confirmed result: who decided, when, under which rule set (label and the file's digest), with
-- every indicator's points as they stood. A changed decision is a new row that names the one it replaces.
CREATE TABLE title_decision (
    id               TEXT PRIMARY KEY,
    registration_id  TEXT NOT NULL REFERENCES title_registration (id),
    rule_set         TEXT NOT NULL,
    rule_set_digest  TEXT NOT NULL,
    area_type        TEXT NOT NULL CHECK (area_type IN ('NORMAL', 'DISADVANTAGED')),
    total            INTEGER NOT NULL,
    maximum          INTEGER NOT NULL,
    pass_mark        INTEGER,
    achieved         INTEGER NOT NULL CHECK (achieved IN (0, 1)),
    band             TEXT,
    scores           TEXT NOT NULL,
    shortfalls       TEXT NOT NULL DEFAULT '',
    decided_by       TEXT NOT NULL,
    decided_at       TEXT NOT NULL,
    replaces         TEXT REFERENCES title_decision (id)
);
CREATE INDEX title_decision_by_registration ON title_decision (registration_id, decided_at);

-- Which phone was sent which decision's result (or why not), so a result goes once to each phone.
CREATE TABLE result_notice (
    decision_id  TEXT NOT NULL REFERENCES title_decision (id),
    phone        TEXT NOT NULL,
    outbound_id  TEXT REFERENCES outbound_message (id),
    skipped      TEXT,
    at           TEXT NOT NULL,
    PRIMARY KEY (decision_id, phone)
);

-- The decision that stands for each registration: its latest.
CREATE VIEW standing_decision AS
SELECT d.* FROM title_decision d
WHERE NOT EXISTS (SELECT 1 FROM title_decision later
                  WHERE later.registration_id = d.registration_id
                    AND (later.decided_at, later.id) > (d.decided_at, d.id));

-- Accounts on the central web. A role reaches one unit: CENTRE_STAFF a centre, COMMUNE_OFFICER a
-- commune, PROVINCE_OFFICER a province. sees_sensitive: may see ethnicity (sensitive personal data).
CREATE TABLE officer (
    id              TEXT PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('CENTRE_STAFF', 'COMMUNE_OFFICER', 'PROVINCE_OFFICER')),
    unit_id         TEXT NOT NULL,
    sees_sensitive  INTEGER NOT NULL DEFAULT 0 CHECK (sees_sensitive IN (0, 1)),
    password_hash   TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    disabled_at     TEXT
);

-- Who did what on the central web (logins, also failed; adjustments, decisions, results sent,
-- downloads), kept as records.
CREATE TABLE officer_action (
    id       TEXT PRIMARY KEY,
    at       TEXT NOT NULL,
    officer  TEXT NOT NULL,
    action   TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX officer_action_by_time ON officer_action (at);
