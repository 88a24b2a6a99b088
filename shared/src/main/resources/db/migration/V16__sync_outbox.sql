-- What a kiosk makes (classes, check-ins, corrections, enrolments, cards) is queued here, in the same
-- transaction as the record itself, whatever code made it, for the sync to send up to the central
-- server in order. Only on a kiosk: the triggers act once the kiosk has put its row in sync_role, so
-- the central server (same schema) and data seeded before a kiosk's first start queue nothing.
CREATE TABLE sync_role (
    kiosk  INTEGER PRIMARY KEY CHECK (kiosk = 1)
);

CREATE TABLE sync_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL
);

CREATE TRIGGER sync_queue_class_session_insert AFTER INSERT ON class_session
WHEN EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('class_session', NEW.id);
END;

CREATE TRIGGER sync_queue_class_session_update AFTER UPDATE OF closed_at ON class_session
WHEN EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('class_session', NEW.id);
END;

CREATE TRIGGER sync_queue_attendance_insert AFTER INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('attendance', NEW.id);
END;

CREATE TRIGGER sync_queue_attendance_correction_insert AFTER INSERT ON attendance_correction
WHEN EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('attendance_correction', NEW.id);
END;

CREATE TRIGGER sync_queue_household_insert AFTER INSERT ON household
WHEN EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('household', NEW.id);
END;

CREATE TRIGGER sync_queue_person_insert AFTER INSERT ON person
WHEN EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('person', NEW.id);
END;

CREATE TRIGGER sync_queue_person_update AFTER UPDATE ON person
WHEN EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('person', NEW.id);
END;

CREATE TRIGGER sync_queue_card_insert AFTER INSERT ON card
WHEN EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('card', NEW.uid);
END;

CREATE TRIGGER sync_queue_card_update AFTER UPDATE OF person_id ON card
WHEN EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('card', NEW.uid);
END;

-- On the central server: the batches each device has sent up and that were stored (a batch is
-- named by the SHA-256 of its bytes), so that one sent twice is stored once.
CREATE TABLE sync_batch (
    device_id   TEXT NOT NULL REFERENCES sync_device (id),
    batch_id    TEXT NOT NULL,
    length      INTEGER NOT NULL,
    records     INTEGER NOT NULL,
    stored_at   TEXT NOT NULL,
    PRIMARY KEY (device_id, batch_id)
);
