-- Replies are limited per number, so the gateway looks up what a number was sent lately.
CREATE INDEX outbound_message_by_recipient ON outbound_message (recipient, created_at);
-- A broadcast queued in quiet hours waits until they end.
ALTER TABLE outbound_message ADD COLUMN not_before TEXT;
