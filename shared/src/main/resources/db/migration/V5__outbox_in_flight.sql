-- Set (durably) just before a queued message's submit_sm goes out, cleared when the answer is
-- recorded. Found set at start-up, the gateway stopped inside that window: the message is sent
-- again, and counted, since the SMSC may or may not have taken it.
ALTER TABLE outbound_message ADD COLUMN in_flight_since TEXT;
ALTER TABLE outbound_message ADD COLUMN crash_resends INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbound_message_queued ON outbound_message (state, created_at) WHERE state = 'QUEUED';
