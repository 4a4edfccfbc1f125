-- Crash safety: a sync row whose heartbeat is older than the lease belongs to a process that died (or lost
-- the database for longer than the lease). It is closed as failed with the reason and a RegistrySyncFailed
-- event (close_sync_as_failed), which also frees its sync type for the next trigger (the one-running-per-type
-- index). Any instance may run this; a row is closed once, by whichever gets there first. Returns how many
-- this call closed.
SELECT COUNT(*) FILTER (WHERE close_sync_as_failed(id,
           'abandoned: lease expired, no heartbeat from instance ' || COALESCE(instance_id, 'unknown')
           || ' for ' || CAST(CAST(EXTRACT(EPOCH FROM (clock_timestamp() - COALESCE(heartbeat_at, started_at))) AS integer) AS text)
           || ' s (lease ' || CAST(:#leaseSeconds AS text) || ' s; the instance died, or lost the database mid-sync)'))::int AS closed
FROM registry_sync_log
WHERE status IN ('queued', 'running')
  AND COALESCE(heartbeat_at, started_at) < now() - make_interval(secs => CAST(:#leaseSeconds AS double precision))
