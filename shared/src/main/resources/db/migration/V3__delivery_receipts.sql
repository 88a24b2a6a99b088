-- Delivery receipts and what they refer to. A long message is several submit_sm, each with its own
-- SMSC message id; receipts name those ids, so each acknowledged part is kept.
CREATE TABLE outbound_segment (
    outbound_id      TEXT NOT NULL REFERENCES outbound_message (id),
    part             INTEGER NOT NULL CHECK (part >= 1),
    smsc_message_id  TEXT NOT NULL,
    submitted_at     TEXT NOT NULL,
    PRIMARY KEY (outbound_id, part)
);
CREATE INDEX outbound_segment_by_smsc_id ON outbound_segment (smsc_message_id);

-- Every receipt as it arrived, matched to an outbound message or not: an unmatched receipt is kept.
-- state is the SMPP message state as text: DELIVRD, EXPIRED, DELETED, UNDELIV, ACCEPTD, UNKNOWN,
-- REJECTD or ENROUTE.
CREATE TABLE delivery_receipt (
    id               TEXT PRIMARY KEY,
    smsc_message_id  TEXT NOT NULL,
    state            TEXT NOT NULL,
    error_code       TEXT,
    sender           TEXT NOT NULL,
    done_at          TEXT,
    received_at      TEXT NOT NULL,
    outbound_id      TEXT REFERENCES outbound_message (id)
);
CREATE INDEX delivery_receipt_by_smsc_id ON delivery_receipt (smsc_message_id);

-- Where the message got to on the network, following receipts; separate from the sending state.
ALTER TABLE outbound_message ADD COLUMN delivery_state TEXT;
ALTER TABLE outbound_message ADD COLUMN delivery_state_at TEXT;
