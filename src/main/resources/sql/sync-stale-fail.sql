-- Crash safety: a sync still 'running' (or 'queued') long after it started was left by an instance that
-- died mid-sync; it is closed as failed with the reason and a RegistrySyncFailed event, which also frees
-- its sync type for the next trigger (the one-running-per-type index). Returns how many were closed.
WITH stale AS (
    UPDATE registry_sync_log SET
        status        = 'failed',
        error_message = 'abandoned: still ' || status || ' after ' || CAST(:#staleAfterMinutes AS text)
                        || ' minutes (instance ' || COALESCE(instance_id, 'unknown') || ' stopped or died mid-sync)',
        completed_at  = clock_timestamp(),
        duration_ms   = (EXTRACT(EPOCH FROM (clock_timestamp() - started_at)) * 1000)::INTEGER
    WHERE status IN ('queued', 'running')
      AND started_at < now() - make_interval(mins => CAST(:#staleAfterMinutes AS integer))
    RETURNING *
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'RegistrySyncFailed',
           jsonb_build_object('syncId', id, 'syncType', sync_type, 'errorMessage', error_message,
                              'durationMs', duration_ms, 'errors', to_jsonb(errors)),
           id
    FROM stale
    RETURNING 1
)
SELECT COUNT(*)::int AS closed FROM stale
