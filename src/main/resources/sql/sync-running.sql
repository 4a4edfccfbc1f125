-- The sync of one type that is queued or running, read in a statement of its own: a claim that lost the race to a
-- row committed after the claim's statement began could not see that row (sync-claim.sql), so the refusal asks
-- again and can name the sync that runs. Answers the type with id NULL when that sync has ended meanwhile.
SELECT id, type, trigger, lease, claimed
FROM (
    SELECT 1 AS rank, id::text AS id, sync_type AS type, trigger, lease_owner AS lease, false AS claimed
    FROM registry_sync_log
    WHERE sync_type = :#${variable.syncType} AND status IN ('queued', 'running')
    UNION ALL
    SELECT 2, NULL, :#${variable.syncType}, NULL, NULL, false
) AS answers
ORDER BY rank
LIMIT 1
