-- POST /api/v2/admin/registry/models: an external model added by hand, in ONE statement. It reads the checked
-- request, variable request of routes/admin-edits.camel.yaml (edits/CatalogEdits.creation):
--   request[row]     JSON {models column: value} (provider_id, model_id, display_name, category and what else was given)
--   request[fields]  JSON {models column: API field name} of the values the operator gave (each gets source 'admin')
--   request[reason], request[actor]
-- Nothing is written when the provider is unknown (no_provider) or already has the model id (exists); the
-- unique (provider_id, model_id) makes two concurrent creations of one model end in one row and one 409.
WITH given AS (
    SELECT r.*
    FROM jsonb_populate_record(NULL::models, CAST(:#${variable.request[row]} AS jsonb)) AS r
),
created AS (
    INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, description, category, capabilities,
                        input_modalities, output_modalities, context_window, max_output, pricing_type,
                        input_cost_per_1k, output_cost_per_1k, cost_per_request, cost_per_second, cost_per_image,
                        cost_per_minute, markup_rate, enabled, deprecated, deprecated_at, retirement_date,
                        deprecation_date, successor_model_id, cache_read_cost_per_1k, cache_write_cost_per_1k,
                        cache_write_1h_cost_per_1k, reasoning_cost_per_1k, batch_input_cost_per_1k,
                        batch_output_cost_per_1k)
    SELECT g.provider_id, g.model_id, COALESCE(g.litellm_id, g.model_id), COALESCE(g.name, g.display_name),
           g.display_name, g.description, g.category, COALESCE(g.capabilities, '{}'), COALESCE(g.input_modalities, '{}'),
           COALESCE(g.output_modalities, '{}'), g.context_window, g.max_output, COALESCE(g.pricing_type, 'per_token'),
           g.input_cost_per_1k, g.output_cost_per_1k, g.cost_per_request, g.cost_per_second, g.cost_per_image,
           g.cost_per_minute, COALESCE(g.markup_rate, 0.40), COALESCE(g.enabled, true), COALESCE(g.deprecated, false),
           CASE WHEN g.deprecated THEN now() END, g.retirement_date, g.deprecation_date, g.successor_model_id,
           g.cache_read_cost_per_1k, g.cache_write_cost_per_1k, g.cache_write_1h_cost_per_1k, g.reasoning_cost_per_1k,
           g.batch_input_cost_per_1k, g.batch_output_cost_per_1k
    FROM given g
    WHERE EXISTS (SELECT 1 FROM providers p WHERE p.id = g.provider_id)
    ON CONFLICT (provider_id, model_id) DO NOTHING
    RETURNING *
),
changes AS (
    SELECT jsonb_build_array(f.value)->>0 AS field, f.key AS column_name, to_jsonb(c) -> f.key AS new_value
    FROM jsonb_each(CAST(:#${variable.request[fields]} AS jsonb)) AS f
    CROSS JOIN created c
),
edit AS (
    SELECT c.id::text AS id, c.provider_id, c.model_id, now() AS changed_at,
           COALESCE((SELECT jsonb_agg(jsonb_build_object('field', x.field, 'oldValue', NULL, 'newValue', x.new_value)
                                      ORDER BY x.field)
                     FROM changes x), '[]'::jsonb) AS changes
    FROM created c
),
sourced AS (
    INSERT INTO model_field_sources (provider_id, model_id, field, source, value, observed_at, reason)
    SELECT c.provider_id, c.model_id, x.column_name, 'admin', x.new_value, now(), CAST(:#${variable.request[reason]} AS text)
    FROM changes x
    CROSS JOIN created c
    RETURNING 1
),
audited AS (
    INSERT INTO registry_audit (at, kind, provider_id, model_id, registry_id, changes, reason, actor)
    SELECT e.changed_at, 'create', e.provider_id, e.model_id, e.id, e.changes, CAST(:#${variable.request[reason]} AS text), CAST(:#${variable.request[actor]} AS text)
    FROM edit e
    RETURNING 1
),
events AS (
    INSERT INTO event_outbox (detail_type, detail)
    SELECT 'ModelUpdatedByAdmin',
           jsonb_build_object('providerId', e.provider_id, 'modelId', e.model_id, 'id', e.id, 'created', true,
                              'changes', e.changes, 'reason', CAST(:#${variable.request[reason]} AS text), 'actor', CAST(:#${variable.request[actor]} AS text),
                              'changedAt', to_char(e.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    FROM edit e
    RETURNING 1
)
SELECT (SELECT e.id FROM edit e) AS id,
       EXISTS (SELECT 1 FROM providers p, given g WHERE p.id = g.provider_id) AS provider_known,
       (SELECT count(*) FROM sourced) + (SELECT count(*) FROM audited) + (SELECT count(*) FROM events) AS written
