-- Crash safety: a sync row whose heartbeat is older than the lease (registry.sync.lease.duration) belongs to a
-- process that died (or lost the database for longer than the lease). It is closed as failed with the reason and
-- a RegistrySyncFailed event (close_sync_as_failed), which also frees its sync type for the next trigger (the
-- one-running-per-type index). Any instance may run this; a row is closed once, by whichever gets there first.
-- Returns how many this call closed. PostgreSQL reads the duration as an interval, which takes Spring's forms with
-- a unit (30s, 1500ms, 10m, PT30S); a bare number would be seconds to it but milliseconds to Spring.
WITH lease AS (
    SELECT setting, CAST(setting AS interval) AS duration
    FROM (SELECT CAST(:#${properties:registry.sync.lease.duration} AS text) AS setting) AS configured
)
SELECT COUNT(*) FILTER (WHERE close_sync_as_failed(id,
           'abandoned: lease expired, no heartbeat from instance ' || COALESCE(instance_id, 'unknown')
           || ' for ' || CAST(CAST(EXTRACT(EPOCH FROM (clock_timestamp() - COALESCE(heartbeat_at, started_at))) AS integer) AS text)
           || ' s (lease ' || lease.setting || '; the instance died, or lost the database mid-sync)'))::int AS closed
FROM registry_sync_log, lease
WHERE status IN ('queued', 'running')
  AND COALESCE(heartbeat_at, started_at) < now() - lease.duration
