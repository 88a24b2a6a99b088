-- Receipts are matched by the normal form of the SMSC id (V4's index); these two indexes were never
-- read, yet every reply sent and every receipt wrote to them, on the one writer all SMS traffic shares.
DROP INDEX outbound_segment_by_smsc_id;
DROP INDEX delivery_receipt_by_smsc_id;
