-- Clean stop: the syncs of this process that did not finish within the shutdown grace period are closed as
-- failed with the reason and a RegistrySyncFailed event (close_sync_as_failed), so no row of a stopped
-- instance stays running and their types are free at once (no need to wait for the lease). The body is the
-- reason (sync/SyncShutdown); this process's rows are those leased to syncLeases.owner. Returns how many were
-- released.
SELECT COUNT(*) FILTER (WHERE close_sync_as_failed(id, :#${body}))::int AS released
FROM registry_sync_log
WHERE status IN ('queued', 'running') AND lease_owner = :#${bean:syncLeases.owner}
