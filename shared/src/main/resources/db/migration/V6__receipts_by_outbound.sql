-- A message's delivery state is worked out from its receipts on each new one.
CREATE INDEX delivery_receipt_by_outbound ON delivery_receipt (outbound_id);
