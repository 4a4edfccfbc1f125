-- Claims the right to run a sync of one type: the partial unique index allows one queued or running row
-- per type across every instance, so a second claim returns no row instead of starting a twin. The row is
-- leased to this process from the start (lease_owner, heartbeat_at), so a crash right after the claim frees
-- the type as surely as a crash mid-sync.
INSERT INTO registry_sync_log (sync_type, trigger, status, instance_id, lease_owner, heartbeat_at)
VALUES (:#syncType, :#syncTrigger, 'running', :#instanceId, :#leaseOwner, now())
ON CONFLICT (sync_type) WHERE status IN ('queued', 'running') DO NOTHING
RETURNING id::text AS sync_id
