-- PATCH /api/v2/admin/registry/models/{id} of an external model, in ONE statement: the row is changed only
-- while its version is the one the caller's If-Match names (row lock + version check: of two edits sent with
-- the same ETag exactly one changes the row, the other finds no row and is answered 412). It reads the
-- variables of routes/admin-edits.camel.yaml:
--   current[id]      the model's registry id       request[version]  the version the caller saw (its ETag)
--   changes.patch    JSON {models column: new value}
--   changes.fields   JSON {models column: API field name}, the same keys
--   changes.prices   JSON array of the patched columns that are prices (their moves go to model_price_history)
--   request[reason]  why (3-500 characters)        request[actor]    the caller's X-Actor header, or NULL
-- Every patched field gets source 'admin' with the reason and the time (a sync never overwrites it: model-diff.sql,
-- pricing-apply.sql); the fields whose value moved are the edit: one audit entry and one ModelUpdatedByAdmin.
-- Columns not in changes.patch keep their value (jsonb_populate_record starts from the current row).
WITH target AS (
    SELECT m.*
    FROM models m
    WHERE m.id = CAST(:#${variable.current[id]} AS uuid) AND m.version = CAST(:#${variable.request[version]} AS bigint)
    FOR UPDATE
),
updated AS (
    UPDATE models m SET
        (enabled, deprecated, display_name, description, capabilities, input_modalities, output_modalities,
         context_window, max_output, retirement_date, deprecation_date, successor_model_id, pricing_type,
         input_cost_per_1k, output_cost_per_1k, cost_per_request, cost_per_second, cost_per_image, cost_per_minute,
         markup_rate, cache_read_cost_per_1k, cache_write_cost_per_1k, cache_write_1h_cost_per_1k,
         reasoning_cost_per_1k, batch_input_cost_per_1k, batch_output_cost_per_1k)
            = (SELECT r.enabled, r.deprecated, r.display_name, r.description, r.capabilities, r.input_modalities,
                      r.output_modalities, r.context_window, r.max_output, r.retirement_date, r.deprecation_date,
                      r.successor_model_id, r.pricing_type, r.input_cost_per_1k, r.output_cost_per_1k,
                      r.cost_per_request, r.cost_per_second, r.cost_per_image, r.cost_per_minute, r.markup_rate,
                      r.cache_read_cost_per_1k, r.cache_write_cost_per_1k, r.cache_write_1h_cost_per_1k,
                      r.reasoning_cost_per_1k, r.batch_input_cost_per_1k, r.batch_output_cost_per_1k
               FROM jsonb_populate_record(m, CAST(:#${variable.changes.patch} AS jsonb)) AS r),
        deprecated_at = CASE WHEN NOT jsonb_exists(CAST(:#${variable.changes.patch} AS jsonb), 'deprecated') THEN m.deprecated_at
                             WHEN (CAST(:#${variable.changes.patch} AS jsonb)->>'deprecated')::boolean THEN COALESCE(m.deprecated_at, now())
                             ELSE NULL END
    FROM target t
    WHERE m.id = t.id
    RETURNING m.*
),
changes AS (
    SELECT f.key AS column_name, jsonb_build_array(f.value)->>0 AS field,
           to_jsonb(t) -> f.key AS old_value, to_jsonb(u) -> f.key AS new_value
    FROM jsonb_each(CAST(:#${variable.changes.fields} AS jsonb)) AS f
    CROSS JOIN target t
    CROSS JOIN updated u
    WHERE (to_jsonb(t) -> f.key) IS DISTINCT FROM (to_jsonb(u) -> f.key)
),
edit AS (
    SELECT u.id::text AS id, u.provider_id, u.model_id, u.version, now() AS changed_at,
           COALESCE((SELECT jsonb_agg(jsonb_build_object('field', c.field, 'oldValue', c.old_value,
                                                         'newValue', c.new_value) ORDER BY c.field)
                     FROM changes c), '[]'::jsonb) AS changes
    FROM updated u
),
sourced AS (
    INSERT INTO model_field_sources AS s (provider_id, model_id, field, source, value, observed_at, reason)
    SELECT u.provider_id, u.model_id, f.key, 'admin', to_jsonb(u) -> f.key, now(), CAST(:#${variable.request[reason]} AS text)
    FROM jsonb_each(CAST(:#${variable.changes.fields} AS jsonb)) AS f
    CROSS JOIN updated u
    ON CONFLICT (provider_id, model_id, field)
    DO UPDATE SET source = 'admin', value = EXCLUDED.value, observed_at = EXCLUDED.observed_at, reason = EXCLUDED.reason
    RETURNING 1
),
priced AS (
    INSERT INTO model_price_history (provider_id, model_id, field, old_value, new_value, source)
    SELECT u.provider_id, u.model_id, c.column_name, CAST(jsonb_build_array(c.old_value)->>0 AS numeric),
           CAST(jsonb_build_array(c.new_value)->>0 AS numeric), 'admin'
    FROM changes c
    CROSS JOIN updated u
    WHERE jsonb_exists(CAST(:#${variable.changes.prices} AS jsonb), c.column_name)
    RETURNING 1
),
audited AS (
    INSERT INTO registry_audit (at, kind, provider_id, model_id, registry_id, changes, reason, actor)
    SELECT e.changed_at, 'edit', e.provider_id, e.model_id, e.id, e.changes, CAST(:#${variable.request[reason]} AS text), CAST(:#${variable.request[actor]} AS text)
    FROM edit e
    WHERE jsonb_array_length(e.changes) > 0
    RETURNING 1
),
events AS (
    INSERT INTO event_outbox (detail_type, detail)
    SELECT 'ModelUpdatedByAdmin',
           jsonb_build_object('providerId', e.provider_id, 'modelId', e.model_id, 'id', e.id, 'changes', e.changes,
                              'reason', CAST(:#${variable.request[reason]} AS text), 'actor', CAST(:#${variable.request[actor]} AS text),
                              'changedAt', to_char(e.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    FROM edit e
    WHERE jsonb_array_length(e.changes) > 0
    RETURNING 1
)
SELECT e.id, e.version, jsonb_array_length(e.changes) AS changed,
       (SELECT count(*) FROM sourced) + (SELECT count(*) FROM priced) + (SELECT count(*) FROM audited)
           + (SELECT count(*) FROM events) AS written
FROM edit e
