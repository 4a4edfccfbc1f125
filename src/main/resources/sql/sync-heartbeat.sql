-- Renews the leases of the syncs this process is running right now (their ids in the variable running, from
-- sync/SyncLeases.running; one parameter per id). Only rows still open and still leased to this process are
-- touched: a row another instance has already closed stays closed. Returns how many leases were renewed.
WITH renewed AS (
    UPDATE registry_sync_log SET heartbeat_at = now()
    WHERE status IN ('queued', 'running')
      AND lease_owner = :#${bean:syncLeases.owner}
      AND CAST(id AS text) IN (:#in:${variable.running})
    RETURNING 1
)
SELECT COUNT(*)::int AS renewed FROM renewed
