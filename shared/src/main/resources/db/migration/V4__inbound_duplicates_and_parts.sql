-- An MO that repeats one already recorded (the SMSC redelivered it, or the bearer doubled it) is kept,
-- pointing at the first, and neither processed nor answered again.
ALTER TABLE inbound_message ADD COLUMN duplicate_of TEXT REFERENCES inbound_message (id);
-- 1 when some parts of a long MO never came and it was assembled from those that did.
ALTER TABLE inbound_message ADD COLUMN incomplete INTEGER NOT NULL DEFAULT 0 CHECK (incomplete IN (0, 1));

-- Parts of long MOs waiting for the rest, stored before their deliver_sm_resp like any MO. The raw
-- bytes are kept (not text): a UCS-2 character or a GSM escape may straddle two parts.
CREATE TABLE inbound_part (
    sender           TEXT NOT NULL,
    recipient        TEXT NOT NULL,
    reference        INTEGER NOT NULL,
    total            INTEGER NOT NULL CHECK (total BETWEEN 2 AND 255),
    seq              INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 255),
    data_coding      INTEGER NOT NULL,
    body             BLOB NOT NULL,
    received_at      TEXT NOT NULL,
    -- Set once the message is assembled; the part is kept for a while so that a redelivered copy
    -- is recognised and ignored instead of starting a new message.
    assembled_into   TEXT REFERENCES inbound_message (id),
    PRIMARY KEY (sender, reference, total, seq)
);
CREATE INDEX inbound_part_by_age ON inbound_part (received_at);

-- Receipts name ids as the SMSC wrote them; operators vary case and leading zeros between the
-- submit_sm_resp and the receipt, so matching goes through this normal form.
CREATE INDEX outbound_segment_by_normal_id ON outbound_segment (ltrim(lower(smsc_message_id), '0'));
