-- Sync bookkeeping. The same schema serves kiosks and the central server; a kiosk marks its database
-- with a row in sync_role when it starts, and the triggers below act on one side or the other.

CREATE TABLE sync_role (
    kiosk  INTEGER PRIMARY KEY CHECK (kiosk = 1)
);

-- While records that came from the other side are being stored, a row here keeps them from being
-- queued to go back (it is added and removed inside that transaction, so never seen outside it).
CREATE TABLE sync_applying (
    applying  INTEGER PRIMARY KEY CHECK (applying = 1)
);

-- Small values the sync keeps (on a kiosk: how far the roster has come down).
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- On a kiosk: what it made (classes, check-ins, corrections, enrolments, cards), queued in the same
-- transaction as the record itself, whatever code made it, to be sent up in order. Data seeded
-- before a kiosk's first start queues nothing.
CREATE TABLE sync_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL
);

-- On the central server: every change to what kiosks keep a copy of (villages, households, persons,
-- cards, topics, the activity catalogue), in order; a kiosk asks for the changes after the last it has.
CREATE TABLE sync_change (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL
);

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

CREATE TRIGGER sync_up_class_session_insert AFTER INSERT ON class_session
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('class_session', NEW.id);
END;

CREATE TRIGGER sync_up_class_session_update AFTER UPDATE OF closed_at ON class_session
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('class_session', NEW.id);
END;

CREATE TRIGGER sync_up_attendance_insert AFTER INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('attendance', NEW.id);
END;

CREATE TRIGGER sync_up_attendance_correction_insert AFTER INSERT ON attendance_correction
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('attendance_correction', NEW.id);
END;

CREATE TRIGGER sync_up_household_insert AFTER INSERT ON household
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('household', NEW.id);
END;

CREATE TRIGGER sync_up_household_update AFTER UPDATE ON household
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('household', NEW.id);
END;

CREATE TRIGGER sync_up_person_insert AFTER INSERT ON person
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('person', NEW.id);
END;

CREATE TRIGGER sync_up_person_update AFTER UPDATE ON person
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('person', NEW.id);
END;

CREATE TRIGGER sync_up_card_insert AFTER INSERT ON card
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('card', NEW.uid);
END;

CREATE TRIGGER sync_up_card_update AFTER UPDATE ON card
WHEN EXISTS (SELECT 1 FROM sync_role) AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT INTO sync_outbox (table_name, row_id) VALUES ('card', NEW.uid);
END;

CREATE TRIGGER sync_down_village_insert AFTER INSERT ON village
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('village', NEW.id);
END;

CREATE TRIGGER sync_down_village_update AFTER UPDATE ON village
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('village', NEW.id);
END;

CREATE TRIGGER sync_down_household_insert AFTER INSERT ON household
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('household', NEW.id);
END;

CREATE TRIGGER sync_down_household_update AFTER UPDATE ON household
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('household', NEW.id);
END;

CREATE TRIGGER sync_down_person_insert AFTER INSERT ON person
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('person', NEW.id);
END;

CREATE TRIGGER sync_down_person_update AFTER UPDATE ON person
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('person', NEW.id);
END;

CREATE TRIGGER sync_down_card_insert AFTER INSERT ON card
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('card', NEW.uid);
END;

CREATE TRIGGER sync_down_card_update AFTER UPDATE ON card
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('card', NEW.uid);
END;

CREATE TRIGGER sync_down_topic_insert AFTER INSERT ON topic
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('topic', NEW.id);
END;

CREATE TRIGGER sync_down_topic_update AFTER UPDATE ON topic
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('topic', NEW.id);
END;

CREATE TRIGGER sync_down_activity_type_insert AFTER INSERT ON activity_type
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('activity_type', NEW.code);
END;

CREATE TRIGGER sync_down_activity_type_update AFTER UPDATE ON activity_type
WHEN NOT EXISTS (SELECT 1 FROM sync_role)
BEGIN
    INSERT INTO sync_change (table_name, row_id) VALUES ('activity_type', NEW.code);
END;
