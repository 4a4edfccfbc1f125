-- Approves a price move the pricing sync held (over the change factor): the entry is decided and the
-- proposed list prices (input, output and the price components of DESIGN.md §4.5) applied with price history and ModelPriceChanged events, in one statement; the
-- prices are then the operator's ('admin' in model_field_sources), which no feed changes without review.
-- No row returned when the entry is no longer pending.
WITH decided AS (
    UPDATE model_review_queue SET
        status = 'approved', decided_at = now(), decided_by = CAST(:#decidedBy AS text),
        decision_note = CAST(:#note AS text)
    WHERE id = CAST(:#reviewId AS uuid) AND status = 'pending' AND kind = 'price_change'
    RETURNING provider_id, model_id, discovered, sync_id
),
proposed AS (
    SELECT d.provider_id, d.model_id, d.sync_id, d.discovered->>'source' AS source,
           c->>'field' AS field, CAST(c->>'newValue' AS numeric) AS new_value
    FROM decided d, jsonb_array_elements(d.discovered->'changes') AS c
    WHERE c->>'field' IN ('input_cost_per_1k', 'output_cost_per_1k', 'cache_read_cost_per_1k', 'cache_write_cost_per_1k',
                          'cache_write_1h_cost_per_1k', 'reasoning_cost_per_1k', 'batch_input_cost_per_1k',
                          'batch_output_cost_per_1k')
),
current_prices AS (
    SELECT m.provider_id, m.model_id, m.litellm_id, m.markup_rate, p.field, p.new_value, p.sync_id, p.source,
           CASE p.field WHEN 'input_cost_per_1k' THEN m.input_cost_per_1k
                        WHEN 'output_cost_per_1k' THEN m.output_cost_per_1k
                        WHEN 'cache_read_cost_per_1k' THEN m.cache_read_cost_per_1k
                        WHEN 'cache_write_cost_per_1k' THEN m.cache_write_cost_per_1k
                        WHEN 'cache_write_1h_cost_per_1k' THEN m.cache_write_1h_cost_per_1k
                        WHEN 'reasoning_cost_per_1k' THEN m.reasoning_cost_per_1k
                        WHEN 'batch_input_cost_per_1k' THEN m.batch_input_cost_per_1k
                        WHEN 'batch_output_cost_per_1k' THEN m.batch_output_cost_per_1k END AS old_value
    FROM models m
    JOIN proposed p ON p.provider_id = m.provider_id AND p.model_id = m.model_id
),
updated AS (
    UPDATE models m SET
        input_cost_per_1k  = COALESCE((SELECT new_value FROM proposed p WHERE p.field = 'input_cost_per_1k'), m.input_cost_per_1k),
        output_cost_per_1k = COALESCE((SELECT new_value FROM proposed p WHERE p.field = 'output_cost_per_1k'), m.output_cost_per_1k),
        cache_read_cost_per_1k = COALESCE((SELECT new_value FROM proposed p WHERE p.field = 'cache_read_cost_per_1k'), m.cache_read_cost_per_1k),
        cache_write_cost_per_1k = COALESCE((SELECT new_value FROM proposed p WHERE p.field = 'cache_write_cost_per_1k'), m.cache_write_cost_per_1k),
        cache_write_1h_cost_per_1k = COALESCE((SELECT new_value FROM proposed p WHERE p.field = 'cache_write_1h_cost_per_1k'), m.cache_write_1h_cost_per_1k),
        reasoning_cost_per_1k = COALESCE((SELECT new_value FROM proposed p WHERE p.field = 'reasoning_cost_per_1k'), m.reasoning_cost_per_1k),
        batch_input_cost_per_1k = COALESCE((SELECT new_value FROM proposed p WHERE p.field = 'batch_input_cost_per_1k'), m.batch_input_cost_per_1k),
        batch_output_cost_per_1k = COALESCE((SELECT new_value FROM proposed p WHERE p.field = 'batch_output_cost_per_1k'), m.batch_output_cost_per_1k)
    FROM decided d
    WHERE m.provider_id = d.provider_id AND m.model_id = d.model_id
    RETURNING m.id::text AS id, m.provider_id, m.model_id, m.input_cost_per_1k, m.output_cost_per_1k
),
sourced AS (
    INSERT INTO model_field_sources (provider_id, model_id, field, source, value)
    SELECT provider_id, model_id, field, 'admin', to_jsonb(new_value) FROM current_prices
    ON CONFLICT (provider_id, model_id, field)
    DO UPDATE SET source = 'admin', value = EXCLUDED.value, observed_at = now()
    RETURNING 1
),
history AS (
    INSERT INTO model_price_history (provider_id, model_id, field, old_value, new_value, source, sync_id)
    SELECT provider_id, model_id, field, old_value, new_value, 'review', sync_id FROM current_prices
    RETURNING 1
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'ModelPriceChanged',
           jsonb_build_object('providerId', provider_id, 'modelId', model_id, 'litellmId', litellm_id,
                              'field', field, 'oldValue', old_value, 'newValue', new_value,
                              'markupRate', markup_rate,
                              'billedOldValue', round(old_value * (1 + markup_rate), 8),
                              'billedNewValue', round(new_value * (1 + markup_rate), 8),
                              'source', 'review', 'syncId', sync_id),
           sync_id
    FROM current_prices
    RETURNING 1
)
SELECT * FROM updated
