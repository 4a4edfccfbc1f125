-- Closing a sync as failed is one rule wherever it happens — the sync threw (sql/sync-fail.sql), its lease
-- expired (sql/sync-lease-expire.sql), its instance stopped before it finished (sql/sync-release.sql): the
-- open row becomes failed with the reason, completed_at and duration, and its RegistrySyncFailed event is
-- written in the same statement, so the event exists if and only if the log says failed. A row that is no
-- longer open is left alone (another instance or an earlier call closed it first). True when it closed it.
CREATE FUNCTION close_sync_as_failed(p_sync_id uuid, p_reason text) RETURNS boolean
    LANGUAGE sql VOLATILE AS $$
    WITH failed AS (
        UPDATE registry_sync_log SET
            status        = 'failed',
            error_message = p_reason,
            completed_at  = clock_timestamp(),
            duration_ms   = (EXTRACT(EPOCH FROM (clock_timestamp() - started_at)) * 1000)::INTEGER
        WHERE id = p_sync_id AND status IN ('queued', 'running')
        RETURNING *
    ),
    event AS (
        INSERT INTO event_outbox (detail_type, detail, sync_id)
        SELECT 'RegistrySyncFailed',
               jsonb_build_object('syncId', id, 'syncType', sync_type, 'errorMessage', error_message,
                                  'durationMs', duration_ms, 'errors', to_jsonb(errors)),
               id
        FROM failed
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM failed)
$$;
