-- Applies one pricing feed in ONE statement. Parameters: :#prices (JSON array of {litellm_id,
-- input_cost_per_1k, output_cost_per_1k}, list prices in USD per 1k tokens), :#syncId, :#maxChangeFactor,
-- :#feedEntries. Catalog models are matched by litellm_id (per-token models only).
--   * a changed price is applied, written to model_price_history and announced by a ModelPriceChanged
--     event carrying both the list price and the billed price (list × (1 + the model's markup_rate));
--   * a move by more than :#maxChangeFactor (up, or down — incl. to zero) from a known non-zero price is
--     not applied: it becomes a 'price_change' review row with the proposed values.
WITH feed AS (
    SELECT f.litellm_id, f.input_cost_per_1k, f.output_cost_per_1k
    FROM jsonb_to_recordset(CAST(:#prices AS jsonb))
         AS f(litellm_id TEXT, input_cost_per_1k NUMERIC, output_cost_per_1k NUMERIC)
),
matched AS (
    SELECT m.provider_id, m.model_id, m.litellm_id, m.markup_rate,
           m.input_cost_per_1k AS old_input, round(f.input_cost_per_1k, 8) AS new_input,
           m.output_cost_per_1k AS old_output, round(f.output_cost_per_1k, 8) AS new_output
    FROM models m
    JOIN feed f ON f.litellm_id = m.litellm_id
    WHERE m.pricing_type = 'per_token'
),
changes AS (
    SELECT provider_id, model_id, litellm_id, markup_rate, 'input_cost_per_1k' AS field,
           old_input AS old_value, new_input AS new_value
    FROM matched WHERE new_input IS NOT NULL AND new_input IS DISTINCT FROM old_input
    UNION ALL
    SELECT provider_id, model_id, litellm_id, markup_rate, 'output_cost_per_1k',
           old_output, new_output
    FROM matched WHERE new_output IS NOT NULL AND new_output IS DISTINCT FROM old_output
),
judged AS (
    SELECT c.*,
           COALESCE(c.old_value > 0
                    AND (c.new_value > c.old_value * CAST(:#maxChangeFactor AS numeric)
                         OR c.new_value * CAST(:#maxChangeFactor AS numeric) < c.old_value), false) AS held
    FROM changes c
),
per_model AS (
    SELECT provider_id, model_id,
           bool_or(field = 'input_cost_per_1k' AND NOT held)  AS set_input,
           max(new_value) FILTER (WHERE field = 'input_cost_per_1k' AND NOT held)  AS new_input,
           bool_or(field = 'output_cost_per_1k' AND NOT held) AS set_output,
           max(new_value) FILTER (WHERE field = 'output_cost_per_1k' AND NOT held) AS new_output
    FROM judged
    GROUP BY provider_id, model_id
    HAVING bool_or(NOT held)
),
updated AS (
    UPDATE models m SET
        input_cost_per_1k  = CASE WHEN p.set_input  THEN p.new_input  ELSE m.input_cost_per_1k END,
        output_cost_per_1k = CASE WHEN p.set_output THEN p.new_output ELSE m.output_cost_per_1k END
    FROM per_model p
    WHERE m.provider_id = p.provider_id AND m.model_id = p.model_id
    RETURNING m.provider_id, m.model_id
),
history AS (
    INSERT INTO model_price_history (provider_id, model_id, field, old_value, new_value, source, sync_id)
    SELECT provider_id, model_id, field, old_value, new_value, 'litellm', CAST(:#syncId AS uuid)
    FROM judged
    WHERE NOT held
    RETURNING 1
),
held_for_review AS (
    INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT provider_id, model_id, 'price_change',
           jsonb_build_object('source', 'litellm', 'litellmId', min(litellm_id),
                              'changes', jsonb_agg(jsonb_build_object('field', field, 'oldValue', old_value,
                                                                      'newValue', new_value) ORDER BY field)),
           'price moves by more than ' || CAST(:#maxChangeFactor AS text) || 'x',
           CAST(:#syncId AS uuid)
    FROM judged
    WHERE held
    GROUP BY provider_id, model_id
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET discovered = EXCLUDED.discovered, reason = EXCLUDED.reason,
                  sync_id = EXCLUDED.sync_id, last_seen_at = now()
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
                              'source', 'litellm', 'syncId', CAST(:#syncId AS text)),
           CAST(:#syncId AS uuid)
    FROM judged
    WHERE NOT held
    RETURNING 1
)
SELECT CAST(:#feedEntries AS integer)                             AS feed_entries,
       (SELECT count(*) FROM matched)::int                        AS models_matched,
       (SELECT count(*) FROM updated)::int                        AS models_updated,
       (SELECT count(*) FROM history)::int                        AS prices_changed,
       (SELECT count(*) FROM held_for_review)::int                AS models_held,
       (SELECT count(*) FROM events)::int                         AS events
