-- Claims the right to run a sync of one type, in one statement: the partial unique index allows one queued or
-- running row per type across every instance, so a second claim inserts nothing and answers the row that runs
-- already (claimed = false) instead of starting a twin. The row is leased to this process from the start
-- (lease_owner, heartbeat_at), so a crash right after the claim frees the type as surely as a crash mid-sync.
-- A claim that lost the race to a row committed after this statement began sees neither: it answers that
-- row's type with id NULL, still claimed = false.
WITH claimed AS (
    INSERT INTO registry_sync_log (sync_type, trigger, status, instance_id, lease_owner, heartbeat_at)
    VALUES (:#${variable.syncType}, COALESCE(CAST(:#${variable.syncTrigger} AS text), 'api'), 'running',
            :#${properties:registry.instance-id}, :#${bean:syncLeases.owner}, now())
    ON CONFLICT (sync_type) WHERE status IN ('queued', 'running') DO NOTHING
    RETURNING id, sync_type, trigger, lease_owner
),
answers AS (
    SELECT 1 AS rank, id::text AS id, sync_type AS type, trigger, lease_owner AS lease, true AS claimed FROM claimed
    UNION ALL
    SELECT 2, id::text, sync_type, trigger, lease_owner, false
    FROM registry_sync_log
    WHERE sync_type = :#${variable.syncType} AND status IN ('queued', 'running')
    UNION ALL
    SELECT 3, NULL, :#${variable.syncType}, NULL, NULL, false
)
SELECT id, type, trigger, lease, claimed FROM answers ORDER BY rank LIMIT 1
