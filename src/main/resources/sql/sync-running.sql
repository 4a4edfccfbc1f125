SELECT id::text AS sync_id
FROM registry_sync_log
WHERE sync_type = :#syncType AND status IN ('queued', 'running')
LIMIT 1
