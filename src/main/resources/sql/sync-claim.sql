-- Claims the right to run a sync of one type: the partial unique index allows one queued or running row
-- per type across every instance, so a second claim returns no row instead of starting a twin.
INSERT INTO registry_sync_log (sync_type, trigger, status, instance_id)
VALUES (:#syncType, :#syncTrigger, 'running', :#instanceId)
ON CONFLICT (sync_type) WHERE status IN ('queued', 'running') DO NOTHING
RETURNING id::text AS sync_id
