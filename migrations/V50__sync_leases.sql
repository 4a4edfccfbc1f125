-- Leases of running syncs (issue 12). A sync row is kept alive by the process that runs it: lease_owner
-- names that process (instance id plus a token drawn at each start, so a restarted instance never keeps its
-- dead predecessor's rows alive) and heartbeat_at is refreshed every few seconds. A row whose heartbeat is
-- older than the lease is closed as failed by whichever instance looks first.
ALTER TABLE registry_sync_log
    ADD COLUMN lease_owner  VARCHAR(150),
    ADD COLUMN heartbeat_at TIMESTAMPTZ;

-- Rows from before leases existed count as last heard of when they started.
UPDATE registry_sync_log SET heartbeat_at = started_at WHERE status IN ('queued', 'running');

-- The sweep reads only the few open rows, however long the history grows.
CREATE INDEX idx_registry_sync_open_heartbeat
    ON registry_sync_log(heartbeat_at) WHERE status IN ('queued', 'running');
