-- Writes one thermal sync in one statement, so in one transaction:
--  * changed rows get their new state, and one ThermalStateChanged event each in the outbox; a row is
--    changed only if it still holds what the sync read (current, target, transitioning), so a warm-up
--    requested by selection while the endpoints were asked is not overwritten (the next sync sees it);
--  * unchanged rows get their check time, endpoint status, instance count and failure reason;
--  * a model without a thermal row gets one (an event too if its state differs from its default); a row
--    inserted meanwhile by someone else wins.
-- Models whose endpoint could not be read are not in :rows and stay untouched.
-- Answers the number of changes written (= events) and of unchanged rows refreshed.
WITH observed AS (
    SELECT *
    FROM jsonb_to_recordset(CAST(:#${body} AS jsonb)) AS o(
        model_id               VARCHAR,
        endpoint_name          VARCHAR,
        recorded               BOOLEAN,
        changed                BOOLEAN,
        previous_state         VARCHAR,
        previous_target_state  VARCHAR,
        previous_transitioning BOOLEAN,
        current_state          VARCHAR,
        target_state           VARCHAR,
        is_transitioning       BOOLEAN,
        endpoint_status        VARCHAR,
        instance_count         INTEGER,
        last_error             TEXT)
),
changed AS (
    UPDATE thermal_states t SET
        current_state    = o.current_state,
        target_state     = o.target_state,
        is_transitioning = o.is_transitioning,
        endpoint_status  = o.endpoint_status,
        instance_count   = o.instance_count,
        last_error       = o.last_error,
        last_checked_at  = now(),
        state_changed_at = CASE WHEN t.current_state <> o.current_state THEN now() ELSE t.state_changed_at END,
        updated_at       = now()
    FROM observed o
    WHERE t.model_id = o.model_id
      AND o.recorded
      AND o.changed
      AND t.current_state = o.previous_state
      AND t.target_state IS NOT DISTINCT FROM o.previous_target_state
      AND t.is_transitioning = o.previous_transitioning
    RETURNING t.model_id
),
checked AS (
    UPDATE thermal_states t SET
        endpoint_status = o.endpoint_status,
        instance_count  = o.instance_count,
        last_error      = o.last_error,
        last_checked_at = now(),
        updated_at      = now()
    FROM observed o
    WHERE t.model_id = o.model_id
      AND o.recorded
      AND NOT o.changed
    RETURNING t.model_id
),
inserted AS (
    INSERT INTO thermal_states (model_id, current_state, target_state, is_transitioning, endpoint_status,
                                instance_count, last_error, last_checked_at, state_changed_at, updated_at)
    SELECT o.model_id, o.current_state, o.target_state, o.is_transitioning, o.endpoint_status,
           o.instance_count, o.last_error, now(),
           CASE WHEN o.current_state <> o.previous_state THEN now() END, now()
    FROM observed o
    WHERE NOT o.recorded
    ON CONFLICT (model_id) DO NOTHING
    RETURNING model_id
),
written AS (
    SELECT model_id FROM changed
    UNION ALL
    SELECT i.model_id FROM inserted i JOIN observed o ON o.model_id = i.model_id WHERE o.changed
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'ThermalStateChanged',
           jsonb_build_object(
               'modelId', o.model_id,
               'endpointName', o.endpoint_name,
               'previousState', o.previous_state,
               'currentState', o.current_state,
               'wasTransitioning', o.previous_transitioning,
               'isTransitioning', o.is_transitioning,
               'previousTargetState', o.previous_target_state,
               'targetState', o.target_state,
               'endpointStatus', o.endpoint_status,
               'instanceCount', o.instance_count,
               'failureReason', o.last_error,
               'syncId', CAST(:#${variable.sync[id]} AS uuid),
               'changedAt', now()),
           CAST(:#${variable.sync[id]} AS uuid)
    FROM observed o
    JOIN written w ON w.model_id = o.model_id
    ORDER BY o.model_id
    RETURNING 1
)
SELECT (SELECT COUNT(*) FROM events)::INTEGER AS changed,
       ((SELECT COUNT(*) FROM checked)
        + (SELECT COUNT(*) FROM inserted i JOIN observed o ON o.model_id = i.model_id WHERE NOT o.changed))::INTEGER
           AS checked
