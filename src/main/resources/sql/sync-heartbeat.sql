-- Renews the leases of the syncs this process is running right now (ids in :#syncIds, a JSON array). Only
-- rows still open and still leased to this process are touched: a row another instance has already closed
-- stays closed. Returns how many leases were renewed.
WITH renewed AS (
    UPDATE registry_sync_log SET heartbeat_at = now()
    WHERE status IN ('queued', 'running')
      AND lease_owner = :#leaseOwner
      AND id IN (SELECT CAST(s AS uuid) FROM jsonb_array_elements_text(CAST(:#syncIds AS jsonb)) AS s)
    RETURNING 1
)
SELECT COUNT(*)::int AS renewed FROM renewed
