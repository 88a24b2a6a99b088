-- A delivery receipt can come before the response to its submit_sm is recorded: some SMSCs send it at
-- once (a failure straight away), and the gateway stores the response and the receipt from different
-- threads. Such a receipt is kept unmatched and matched when the message's parts are stored as sent.
-- Only unmatched receipts are in this index, so the usual, matched ones cost nothing more.
CREATE INDEX delivery_receipt_unmatched ON delivery_receipt (ltrim(lower(smsc_message_id), '0'))
    WHERE outbound_id IS NULL;
