-- GET /api/v2/admin/registry/sync/history: the last 50 syncs, newest first.
SELECT id, sync_type, trigger, status, started_at, completed_at, duration_ms, providers_updated, models_added,
       models_updated, models_deprecated, errors, error_message, details, instance_id
FROM registry_sync_log
ORDER BY started_at DESC, id
LIMIT 50
