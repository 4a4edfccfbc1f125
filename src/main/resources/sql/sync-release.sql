-- Clean stop: the syncs of this process that did not finish within the shutdown grace period are closed as
-- failed with the reason and a RegistrySyncFailed event, so no row of a stopped instance stays running and
-- their types are free at once (no need to wait for the lease). Returns how many were released.
WITH released AS (
    UPDATE registry_sync_log SET
        status        = 'failed',
        error_message = :#reason,
        completed_at  = clock_timestamp(),
        duration_ms   = (EXTRACT(EPOCH FROM (clock_timestamp() - started_at)) * 1000)::INTEGER
    WHERE status IN ('queued', 'running') AND lease_owner = :#leaseOwner
    RETURNING *
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'RegistrySyncFailed',
           jsonb_build_object('syncId', id, 'syncType', sync_type, 'errorMessage', error_message,
                              'durationMs', duration_ms, 'errors', to_jsonb(errors)),
           id
    FROM released
    RETURNING 1
)
SELECT COUNT(*)::int AS released FROM released
