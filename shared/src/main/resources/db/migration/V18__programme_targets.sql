-- The programme's targets: the share of families, clans, village communities and units recognised
-- as learning ones, and of adults as learning citizens, that the province aims at, by area type.
-- Officers edit them: each change is a new row, and the latest of a title and area type stands.
CREATE TABLE programme_target (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL CHECK (title IN ('FAMILY', 'CLAN', 'COMMUNITY', 'UNIT', 'CITIZEN')),
    area_type  TEXT NOT NULL CHECK (area_type IN ('NORMAL', 'DISADVANTAGED')),
    percent    INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    basis      TEXT NOT NULL DEFAULT '',
    set_by     TEXT NOT NULL,
    set_at     TEXT NOT NULL
);
CREATE INDEX programme_target_by_title ON programme_target (title, area_type, set_at);

-- QĐ 387/QĐ-TTg (2022), by 2025: 70 % of families, 65 % of clans, 65 % of village communities, 80 % of
-- units; learning citizens 40 % of adults. For disadvantaged areas no 2025 figure is known: the lower
-- targets QĐ 281/QĐ-TTg set them for 2020 (60 / 40 / 50; units and citizens as elsewhere) until the
-- province sets its own.
INSERT INTO programme_target (id, title, area_type, percent, basis, set_by, set_at) VALUES
    ('default-family-normal', 'FAMILY', 'NORMAL', 70, 'QĐ 387/QĐ-TTg, 2025', 'hoctap', '2025-01-01T00:00:00Z'),
    ('default-clan-normal', 'CLAN', 'NORMAL', 65, 'QĐ 387/QĐ-TTg, 2025', 'hoctap', '2025-01-01T00:00:00Z'),
    ('default-community-normal', 'COMMUNITY', 'NORMAL', 65, 'QĐ 387/QĐ-TTg, 2025', 'hoctap', '2025-01-01T00:00:00Z'),
    ('default-unit-normal', 'UNIT', 'NORMAL', 80, 'QĐ 387/QĐ-TTg, 2025', 'hoctap', '2025-01-01T00:00:00Z'),
    ('default-citizen-normal', 'CITIZEN', 'NORMAL', 40, 'QĐ 387/QĐ-TTg, 2025', 'hoctap', '2025-01-01T00:00:00Z'),
    ('default-family-disadvantaged', 'FAMILY', 'DISADVANTAGED', 60, 'QĐ 281/QĐ-TTg, 2020', 'hoctap', '2025-01-01T00:00:00Z'),
    ('default-clan-disadvantaged', 'CLAN', 'DISADVANTAGED', 40, 'QĐ 281/QĐ-TTg, 2020', 'hoctap', '2025-01-01T00:00:00Z'),
    ('default-community-disadvantaged', 'COMMUNITY', 'DISADVANTAGED', 50, 'QĐ 281/QĐ-TTg, 2020', 'hoctap', '2025-01-01T00:00:00Z'),
    ('default-unit-disadvantaged', 'UNIT', 'DISADVANTAGED', 80, 'QĐ 387/QĐ-TTg, 2025', 'hoctap', '2025-01-01T00:00:00Z'),
    ('default-citizen-disadvantaged', 'CITIZEN', 'DISADVANTAGED', 40, 'QĐ 387/QĐ-TTg, 2025', 'hoctap', '2025-01-01T00:00:00Z');

-- Where each registration is: its own village (a village, clan or unit), or its household's (a
-- family, or a citizen through their household).
CREATE VIEW registration_place AS
SELECT r.id AS registration_id, v.id AS village_id, v.commune_id
FROM title_registration r
LEFT JOIN person p ON p.id = r.person_id
LEFT JOIN household h ON h.id = coalesce(r.household_id, p.household_id)
JOIN village v ON v.id = coalesce(r.village_id, h.village_id);
