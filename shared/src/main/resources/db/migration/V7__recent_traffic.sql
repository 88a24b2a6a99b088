-- The admin endpoint counts the last minute's traffic on every poll.
CREATE INDEX inbound_message_by_time ON inbound_message (received_at);
CREATE INDEX outbound_message_by_sent_time ON outbound_message (sent_at) WHERE sent_at IS NOT NULL;
