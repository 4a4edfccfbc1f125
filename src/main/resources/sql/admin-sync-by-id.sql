-- GET /api/v2/admin/registry/sync/{syncId}: one sync's row.
SELECT id, sync_type, trigger, status, started_at, completed_at, duration_ms, providers_updated, models_added,
       models_updated, models_deprecated, errors, error_message, details, instance_id
FROM registry_sync_log
WHERE id = CAST(:#${variable.syncId} AS UUID)
