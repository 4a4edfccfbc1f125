-- Approves a mass_discovery item: every id it holds that the catalog still lacks becomes a catalog model, in
-- one statement, with the values approving each id's new_model item without corrections would give it: what the
-- provider's list said (discovered), else the public feeds in their precedence (litellm, models.dev, openrouter;
-- feed_models), the category guessed from the id last (suggestedCategory), else :#category, else 'llm'. The
-- reviewer's :#category, when given, is taken for every model; :#enabled for all of them. Values are recorded
-- as the operator's ('admin'). No row returned when the entry is no longer pending.
WITH decided AS (
    UPDATE model_review_queue SET
        status = 'approved', decided_at = now(), decided_by = CAST(:#decidedBy AS text),
        decision_note = CAST(:#note AS text)
    WHERE id = CAST(:#reviewId AS uuid) AND status = 'pending' AND kind = 'mass_discovery'
    RETURNING provider_id, discovered, sync_id
),
listed AS (
    SELECT DISTINCT ON (b->>'modelId') d.provider_id, b->>'modelId' AS model_id,
           CASE WHEN jsonb_typeof(b->'discovered') = 'object' THEN b->'discovered' ELSE '{}'::jsonb END AS disc
    FROM decided d, jsonb_array_elements(d.discovered->'models') AS b
    WHERE b->>'modelId' IS NOT NULL AND length(b->>'modelId') <= 150
    ORDER BY b->>'modelId'
),
fresh AS (
    -- set differences (hashed): whatever reached the catalog meanwhile stays as it is
    SELECT l.* FROM listed l
    JOIN (SELECT provider_id, model_id FROM listed
          EXCEPT SELECT m.provider_id, m.model_id FROM models m JOIN decided d ON d.provider_id = m.provider_id) AS n
      USING (provider_id, model_id)
),
feeds AS (
    SELECT f.provider_id, f.model_id, jsonb_object_agg(f.source, f.entry) AS by_source
    FROM feed_models f
    JOIN fresh x ON x.provider_id = f.provider_id AND x.model_id = f.model_id
    GROUP BY f.provider_id, f.model_id
),
chosen AS (
    SELECT x.provider_id, x.model_id,
           jsonb_build_array(COALESCE(NULLIF(x.disc->'displayName', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'display_name', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'display_name', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'display_name', 'null'::jsonb)))->>0 AS display_name,
           COALESCE(CAST(:#category AS text),
                    (SELECT c FROM (VALUES (jsonb_build_array(COALESCE(NULLIF(fs.by_source->'litellm'->'category', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'category', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'category', 'null'::jsonb)))->>0), (x.disc->>'suggestedCategory')) AS v(c)
                     WHERE c IN ('llm', 'vision_llm', 'reasoning', 'embedding', 'image_generation', 'video_generation',
                                 'audio_generation', 'text_to_speech', 'speech_to_text', 'search', '3d_generation',
                                 'moderation')
                     LIMIT 1),
                    'llm') AS category,
           ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(COALESCE(NULLIF(x.disc->'capabilities', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'capabilities', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'capabilities', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'capabilities', 'null'::jsonb))) = 'array' THEN COALESCE(NULLIF(x.disc->'capabilities', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'capabilities', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'capabilities', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'capabilities', 'null'::jsonb)) ELSE '[]'::jsonb END)) AS capabilities,
           ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(COALESCE(NULLIF(x.disc->'inputModalities', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'input_modalities', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'input_modalities', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'input_modalities', 'null'::jsonb))) = 'array' THEN COALESCE(NULLIF(x.disc->'inputModalities', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'input_modalities', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'input_modalities', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'input_modalities', 'null'::jsonb)) ELSE '[]'::jsonb END)) AS input_modalities,
           ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(COALESCE(NULLIF(x.disc->'outputModalities', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'output_modalities', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'output_modalities', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'output_modalities', 'null'::jsonb))) = 'array' THEN COALESCE(NULLIF(x.disc->'outputModalities', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'output_modalities', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'output_modalities', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'output_modalities', 'null'::jsonb)) ELSE '[]'::jsonb END)) AS output_modalities,
           COALESCE(NULLIF(x.disc->'contextWindow', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'context_window', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'context_window', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'context_window', 'null'::jsonb)) AS context_window,
           COALESCE(NULLIF(x.disc->'maxOutput', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'max_output', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'max_output', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'max_output', 'null'::jsonb)) AS max_output,
           COALESCE(NULLIF(x.disc->'inputCostPer1k', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'input_cost_per_1k', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'input_cost_per_1k', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'input_cost_per_1k', 'null'::jsonb)) AS input_cost,
           COALESCE(NULLIF(x.disc->'outputCostPer1k', 'null'::jsonb), NULLIF(fs.by_source->'litellm'->'output_cost_per_1k', 'null'::jsonb), NULLIF(fs.by_source->'models.dev'->'output_cost_per_1k', 'null'::jsonb), NULLIF(fs.by_source->'openrouter'->'output_cost_per_1k', 'null'::jsonb)) AS output_cost
    FROM fresh x
    LEFT JOIN feeds fs USING (provider_id, model_id)
),
created AS (
    INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities,
                        input_modalities, output_modalities, context_window, max_output, pricing_type,
                        input_cost_per_1k, output_cost_per_1k, markup_rate, enabled, last_seen_at)
    SELECT c.provider_id, c.model_id,
           CASE WHEN c.provider_id IN ('openai', 'anthropic') THEN c.model_id
                WHEN c.provider_id = 'google' THEN 'gemini/' || c.model_id
                ELSE left(c.provider_id || '/' || c.model_id, 200) END,
           c.model_id, left(COALESCE(c.display_name, c.model_id), 255), c.category, c.capabilities,
           c.input_modalities, c.output_modalities,
           CASE WHEN jsonb_typeof(c.context_window) = 'number' AND CAST(c.context_window AS numeric) BETWEEN 1 AND 2147483647
                THEN CAST(CAST(c.context_window AS numeric) AS integer) END,
           CASE WHEN jsonb_typeof(c.max_output) = 'number' AND CAST(c.max_output AS numeric) BETWEEN 1 AND 2147483647
                THEN CAST(CAST(c.max_output AS numeric) AS integer) END,
           'per_token',
           CASE WHEN jsonb_typeof(c.input_cost) = 'number' AND CAST(c.input_cost AS numeric) BETWEEN 0 AND 999999
                THEN CAST(CAST(c.input_cost AS numeric) AS numeric(14,8)) END,
           CASE WHEN jsonb_typeof(c.output_cost) = 'number' AND CAST(c.output_cost AS numeric) BETWEEN 0 AND 999999
                THEN CAST(CAST(c.output_cost AS numeric) AS numeric(14,8)) END,
           0.40, CAST(:#enabled AS boolean), now()
    FROM chosen c
    ON CONFLICT DO NOTHING
    RETURNING provider_id, model_id, input_cost_per_1k, output_cost_per_1k, context_window, max_output
),
sourced AS (
    -- every value the models start with is the operator's decision
    INSERT INTO model_field_sources (provider_id, model_id, field, source, value)
    SELECT c.provider_id, c.model_id, v.field, 'admin', v.value
    FROM created c
    CROSS JOIN LATERAL (VALUES ('input_cost_per_1k', to_jsonb(c.input_cost_per_1k)),
                               ('output_cost_per_1k', to_jsonb(c.output_cost_per_1k)),
                               ('context_window', to_jsonb(c.context_window)),
                               ('max_output', to_jsonb(c.max_output))) AS v(field, value)
    WHERE v.value IS NOT NULL
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT d.provider_id,
       (SELECT count(*) FROM listed)::int  AS ids,
       (SELECT count(*) FROM created)::int AS models_created
FROM decided d
