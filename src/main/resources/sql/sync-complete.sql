-- Closes a running sync and writes its RegistrySyncCompleted event in one statement (so in one
-- transaction): the event exists if and only if the log says completed. A second call is a no-op. Reads the
-- variable sync (its id) and the variable loggedReport (sync/LoggedReport: figures, errors and details as JSON).
WITH done AS (
    UPDATE registry_sync_log SET
        status            = 'completed',
        providers_updated = :#${variable.loggedReport.providersUpdated},
        models_added      = :#${variable.loggedReport.modelsAdded},
        models_updated    = :#${variable.loggedReport.modelsUpdated},
        models_deprecated = :#${variable.loggedReport.modelsDeprecated},
        errors            = ARRAY(SELECT jsonb_array_elements_text(CAST(:#${variable.loggedReport.errorsJson} AS jsonb))),
        details           = CAST(:#${variable.loggedReport.detailsJson} AS jsonb),
        completed_at      = clock_timestamp(),
        duration_ms       = (EXTRACT(EPOCH FROM (clock_timestamp() - started_at)) * 1000)::INTEGER
    WHERE id = CAST(:#${variable.sync[id]} AS uuid) AND status = 'running'
    RETURNING *
)
INSERT INTO event_outbox (detail_type, detail, sync_id)
SELECT 'RegistrySyncCompleted',
       jsonb_build_object(
           'syncId', id,
           'syncType', sync_type,
           'providersUpdated', providers_updated,
           'modelsAdded', models_added,
           'modelsUpdated', models_updated,
           'modelsDeprecated', models_deprecated,
           'durationMs', duration_ms,
           'errors', to_jsonb(errors)),
       id
FROM done
