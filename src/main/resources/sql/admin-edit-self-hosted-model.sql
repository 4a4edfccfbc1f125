-- PATCH /api/v2/admin/registry/models/{id} of a self-hosted model: as admin-edit-model.sql (one statement,
-- version-checked under a row lock), on self_hosted_models, provenance in self_hosted_field_sources.
-- Reads the variables current[id], request[version], changes.patch {column: value}, changes.fields
-- {column: API field}, request[reason], request[actor] (routes/admin-edits.camel.yaml).
WITH target AS (
    SELECT s.*
    FROM self_hosted_models s
    WHERE s.id = CAST(:#${variable.current[id]} AS uuid) AND s.version = CAST(:#${variable.request[version]} AS bigint)
    FOR UPDATE
),
updated AS (
    UPDATE self_hosted_models s SET
        (enabled, deprecated, display_name, description, capabilities, input_modalities, output_modalities,
         context_window, max_output, min_tier)
            = (SELECT r.enabled, r.deprecated, r.display_name, r.description, r.capabilities, r.input_modalities,
                      r.output_modalities, r.context_window, r.max_output, r.min_tier
               FROM jsonb_populate_record(s, CAST(:#${variable.changes.patch} AS jsonb)) AS r)
    FROM target t
    WHERE s.id = t.id
    RETURNING s.*
),
changes AS (
    SELECT jsonb_build_array(f.value)->>0 AS field, to_jsonb(t) -> f.key AS old_value, to_jsonb(u) -> f.key AS new_value
    FROM jsonb_each(CAST(:#${variable.changes.fields} AS jsonb)) AS f
    CROSS JOIN target t
    CROSS JOIN updated u
    WHERE (to_jsonb(t) -> f.key) IS DISTINCT FROM (to_jsonb(u) -> f.key)
),
edit AS (
    SELECT u.id::text AS id, u.model_id, u.version, now() AS changed_at,
           COALESCE((SELECT jsonb_agg(jsonb_build_object('field', c.field, 'oldValue', c.old_value,
                                                         'newValue', c.new_value) ORDER BY c.field)
                     FROM changes c), '[]'::jsonb) AS changes
    FROM updated u
),
sourced AS (
    INSERT INTO self_hosted_field_sources AS s (model_id, field, source, value, observed_at, reason)
    SELECT u.model_id, f.key, 'admin', to_jsonb(u) -> f.key, now(), CAST(:#${variable.request[reason]} AS text)
    FROM jsonb_each(CAST(:#${variable.changes.fields} AS jsonb)) AS f
    CROSS JOIN updated u
    ON CONFLICT (model_id, field)
    DO UPDATE SET source = 'admin', value = EXCLUDED.value, observed_at = EXCLUDED.observed_at, reason = EXCLUDED.reason
    RETURNING 1
),
audited AS (
    INSERT INTO registry_audit (at, kind, provider_id, model_id, registry_id, changes, reason, actor)
    SELECT e.changed_at, 'edit', 'self_hosted', e.model_id, e.id, e.changes, CAST(:#${variable.request[reason]} AS text), CAST(:#${variable.request[actor]} AS text)
    FROM edit e
    WHERE jsonb_array_length(e.changes) > 0
    RETURNING 1
),
events AS (
    INSERT INTO event_outbox (detail_type, detail)
    SELECT 'ModelUpdatedByAdmin',
           jsonb_build_object('providerId', 'self_hosted', 'modelId', e.model_id, 'id', e.id, 'changes', e.changes,
                              'reason', CAST(:#${variable.request[reason]} AS text), 'actor', CAST(:#${variable.request[actor]} AS text),
                              'changedAt', to_char(e.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    FROM edit e
    WHERE jsonb_array_length(e.changes) > 0
    RETURNING 1
)
SELECT e.id, e.version, jsonb_array_length(e.changes) AS changed,
       (SELECT count(*) FROM sourced) + (SELECT count(*) FROM audited) + (SELECT count(*) FROM events) AS written
FROM edit e
