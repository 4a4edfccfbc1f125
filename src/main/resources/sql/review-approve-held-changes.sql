-- Approves a held_changes item: every lifecycle value it holds (retirements a provider's list stated beyond the
-- churn guard, dates the public feeds stated) is applied at once, in one statement, recorded as the operator's
-- ('admin'), with one ModelLifecycleChanged per applied value. A change for a model no longer in the catalog is
-- skipped. No row returned when the entry is no longer pending.
WITH decided AS (
    UPDATE model_review_queue SET
        status = 'approved', decided_at = now(), decided_by = CAST(:#decidedBy AS text),
        decision_note = CAST(:#note AS text)
    WHERE id = CAST(:#reviewId AS uuid) AND status = 'pending' AND kind = 'held_changes'
    RETURNING provider_id, discovered, sync_id
),
proposed AS (
    SELECT DISTINCT ON (c->>'modelId', c->>'field')
           d.provider_id, d.sync_id, c->>'modelId' AS model_id, c->>'field' AS field, c->'newValue' AS new_value
    FROM decided d, jsonb_array_elements(d.discovered->'changes') AS c
    WHERE c->>'field' IN ('deprecation_date', 'retirement_date', 'successor_model_id')
      AND jsonb_typeof(c->'newValue') <> 'null'
    ORDER BY c->>'modelId', c->>'field'
),
per_model AS (
    SELECT provider_id, model_id, jsonb_object_agg(field, new_value) AS sets
    FROM proposed
    GROUP BY provider_id, model_id
),
before AS (
    SELECT p.*,
           CASE p.field
               WHEN 'deprecation_date'   THEN CAST(m.deprecation_date AS text)
               WHEN 'retirement_date'    THEN CAST(m.retirement_date AS text)
               WHEN 'successor_model_id' THEN m.successor_model_id
           END AS old_text
    FROM proposed p
    JOIN models m ON m.provider_id = p.provider_id AND m.model_id = p.model_id
),
updated AS (
    -- the held values over the row's own (the keys of p.sets are models columns; the column types cast them)
    UPDATE models m SET (deprecation_date, retirement_date, successor_model_id)
        = (SELECT r.deprecation_date, r.retirement_date, r.successor_model_id
           FROM jsonb_populate_record(m, p.sets) AS r)
    FROM per_model p
    WHERE m.provider_id = p.provider_id AND m.model_id = p.model_id
    RETURNING m.model_id
),
sourced AS (
    INSERT INTO model_field_sources (provider_id, model_id, field, source, value)
    SELECT provider_id, model_id, field, 'admin', new_value FROM before
    ON CONFLICT (provider_id, model_id, field)
    DO UPDATE SET source = 'admin', value = EXCLUDED.value, observed_at = now()
    RETURNING 1
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'ModelLifecycleChanged',
           jsonb_build_object('providerId', provider_id, 'modelId', model_id, 'field', field,
                              'oldValue', old_text, 'newValue', jsonb_build_array(new_value)->>0,
                              'source', 'review', 'syncId', CAST(sync_id AS text)),
           sync_id
    FROM before
    WHERE old_text IS DISTINCT FROM jsonb_build_array(new_value)->>0
    RETURNING 1
)
SELECT d.provider_id,
       (SELECT count(*) FROM updated)::int AS models_changed,
       (SELECT count(*) FROM before)::int  AS values_applied,
       (SELECT count(*) FROM events)::int  AS events
FROM decided d
