-- Approves a discovered model: the entry is decided and the catalog model created from what was discovered
-- plus the reviewer's corrections, in one statement. Nothing happens (no row returned) when the entry is no
-- longer pending or the model is already in the catalog. The values are recorded as set by 'admin'.
WITH decided AS (
    UPDATE model_review_queue r SET
        status = 'approved', decided_at = now(), decided_by = CAST(:#decidedBy AS text),
        decision_note = CAST(:#note AS text)
    WHERE r.id = CAST(:#reviewId AS uuid) AND r.status = 'pending' AND r.kind = 'new_model'
      AND NOT EXISTS (SELECT 1 FROM models m WHERE m.provider_id = r.provider_id AND m.model_id = r.model_id)
    RETURNING r.provider_id, r.model_id
),
created AS (
    INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, description, category,
                        capabilities, input_modalities, output_modalities, context_window, max_output,
                        pricing_type, input_cost_per_1k, output_cost_per_1k, cost_per_request, cost_per_second,
                        cost_per_image, cost_per_minute, markup_rate, enabled, last_seen_at)
    SELECT d.provider_id, d.model_id, CAST(:#litellmId AS text), CAST(:#name AS text), CAST(:#displayName AS text),
           CAST(:#description AS text), CAST(:#category AS text),
           ARRAY(SELECT jsonb_array_elements_text(CAST(:#capabilities AS jsonb))),
           ARRAY(SELECT jsonb_array_elements_text(CAST(:#inputModalities AS jsonb))),
           ARRAY(SELECT jsonb_array_elements_text(CAST(:#outputModalities AS jsonb))),
           CAST(:#contextWindow AS integer), CAST(:#maxOutput AS integer), CAST(:#pricingType AS text),
           CAST(:#inputCostPer1k AS numeric), CAST(:#outputCostPer1k AS numeric), CAST(:#costPerRequest AS numeric),
           CAST(:#costPerSecond AS numeric), CAST(:#costPerImage AS numeric), CAST(:#costPerMinute AS numeric),
           CAST(:#markupRate AS numeric), CAST(:#enabled AS boolean), now()
    FROM decided d
    RETURNING id::text AS id, provider_id, model_id, litellm_id, display_name, category, enabled,
              input_cost_per_1k, output_cost_per_1k, context_window, max_output
),
sourced AS (
    -- every value the model starts with is the operator's decision (suggested or corrected)
    INSERT INTO model_field_sources (provider_id, model_id, field, source, value)
    SELECT c.provider_id, c.model_id, v.field, 'admin', v.value
    FROM created c
    CROSS JOIN LATERAL (VALUES ('input_cost_per_1k', to_jsonb(c.input_cost_per_1k)),
                               ('output_cost_per_1k', to_jsonb(c.output_cost_per_1k)),
                               ('context_window', to_jsonb(c.context_window)),
                               ('max_output', to_jsonb(c.max_output))) AS v(field, value)
    WHERE v.value IS NOT NULL
    RETURNING 1
)
SELECT id, provider_id, model_id, litellm_id, display_name, category, enabled FROM created
