-- The sender asks what is due many times a second. Up to a window of queued messages are in flight
-- (claimed, their submit_sm not answered yet), and V5's index made it read each of those rows only
-- to skip it (about 0.45 ms a question with a window of 100). Keyed by in_flight_since first, the
-- messages not in flight are one range of the index, already in the order they go out.
DROP INDEX outbound_message_queued;
CREATE INDEX outbound_message_queued ON outbound_message (in_flight_since, created_at, id) WHERE state = 'QUEUED';
