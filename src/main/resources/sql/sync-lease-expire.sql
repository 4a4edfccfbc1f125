-- Crash safety: a sync row whose heartbeat is older than the lease belongs to a process that died (or lost
-- the database for longer than the lease). It is closed as failed with the reason and a RegistrySyncFailed
-- event, which also frees its sync type for the next trigger (the one-running-per-type index). Any instance
-- may run this; a row is closed once, by whichever gets there first. Returns how many were closed.
WITH expired AS (
    UPDATE registry_sync_log SET
        status        = 'failed',
        error_message = 'abandoned: lease expired, no heartbeat from instance ' || COALESCE(instance_id, 'unknown')
                        || ' for ' || CAST(CAST(EXTRACT(EPOCH FROM (clock_timestamp() - COALESCE(heartbeat_at, started_at))) AS integer) AS text)
                        || ' s (lease ' || CAST(:#leaseSeconds AS text) || ' s; the instance died, or lost the database mid-sync)',
        completed_at  = clock_timestamp(),
        duration_ms   = (EXTRACT(EPOCH FROM (clock_timestamp() - started_at)) * 1000)::INTEGER
    WHERE status IN ('queued', 'running')
      AND COALESCE(heartbeat_at, started_at) < now() - make_interval(secs => CAST(:#leaseSeconds AS double precision))
    RETURNING *
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'RegistrySyncFailed',
           jsonb_build_object('syncId', id, 'syncType', sync_type, 'errorMessage', error_message,
                              'durationMs', duration_ms, 'errors', to_jsonb(errors)),
           id
    FROM expired
    RETURNING 1
)
SELECT COUNT(*)::int AS closed FROM expired
