-- One event for the relay to publish; used in batch mode inside the transaction of the change it reports.
INSERT INTO event_outbox (detail_type, detail, sync_id)
VALUES (:#detailType, CAST(:#detail AS jsonb), CAST(:#syncId AS uuid))
