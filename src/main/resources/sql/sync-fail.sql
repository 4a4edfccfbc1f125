-- Marks a running sync failed and writes its RegistrySyncFailed event in the same statement.
WITH failed AS (
    UPDATE registry_sync_log SET
        status        = 'failed',
        error_message = :#errorMessage,
        completed_at  = clock_timestamp(),
        duration_ms   = (EXTRACT(EPOCH FROM (clock_timestamp() - started_at)) * 1000)::INTEGER
    WHERE id = CAST(:#syncId AS uuid) AND status IN ('queued', 'running')
    RETURNING *
)
INSERT INTO event_outbox (detail_type, detail, sync_id)
SELECT 'RegistrySyncFailed',
       jsonb_build_object(
           'syncId', id,
           'syncType', sync_type,
           'errorMessage', error_message,
           'durationMs', duration_ms,
           'errors', to_jsonb(errors)),
       id
FROM failed
