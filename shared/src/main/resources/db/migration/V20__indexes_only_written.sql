-- Indexes that every reply and receipt wrote to, on the one writer all SMS traffic shares, and that
-- nothing needs to read.
--
-- Receipts are matched by the normal form of the SMSC id (V4's index), never by the id as given.
DROP INDEX outbound_segment_by_smsc_id;
DROP INDEX delivery_receipt_by_smsc_id;
-- The queue is read along V5's index of queued messages; this one also held every message ever sent,
-- moved on each change of state. The metrics count sent and failed messages in one pass instead.
DROP INDEX outbound_message_queue;
