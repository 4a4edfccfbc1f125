-- Applies the price components and capabilities every feed of the pricing sync stated, in ONE statement run
-- right after sql/pricing-apply.sql (same parameters, same rules; DESIGN.md §4.5, docs/sync.md "Price
-- components and capabilities"): the entries of the variable feedsRead, the variable sync's id, and
-- registry.pricing.max-change-factor, beyond which a feed-set price move is held.
-- Price components (cache_read_cost_per_1k, cache_write_cost_per_1k, cache_write_1h_cost_per_1k,
-- reasoning_cost_per_1k, batch_input_cost_per_1k, batch_output_cost_per_1k, price_tiers) of token-priced
-- models: per component the highest-precedence feed that states it (litellm, models.dev, openrouter), judged
-- against the component's own provenance (model_field_sources; no row = curated) exactly as input and output
-- prices are: same → nothing; unset → filled; curated/admin → review item; another feed's → corrected unless
-- it moves over max-change-factor (held). Every applied component has its own model_price_history row and
-- ModelPriceChanged event; a changed tier rate is one row per tier and rate (field tier_<above>_<rate>_cost_per_1k).
-- Capabilities: a capability of the shared vocabulary that any matched feed states and the model lacks is
-- added, recorded as field 'capability:<name>' with the highest-precedence feed that states it. A feed never
-- removes a capability (what each feed says stays visible in feed_models and the model detail).
WITH feed AS (
    SELECT f.source, f.feed_id, f.provider_id, f.model_id, f.entry
    FROM jsonb_to_recordset(CAST(:#${variable.feedsRead.entriesJson} AS jsonb))
         AS f(source TEXT, feed_id TEXT, provider_id TEXT, model_id TEXT, entry JSONB)
),
precedence AS (
    SELECT * FROM (VALUES ('litellm', 1), ('models.dev', 2), ('openrouter', 3)) AS p(source, rank)
),
candidates AS (
    SELECT f.source, f.feed_id, f.entry, m.provider_id, m.model_id, 1 AS how
    FROM feed f
    JOIN models m ON m.provider_id = f.provider_id AND m.model_id = f.model_id
    UNION ALL
    SELECT f.source, f.feed_id, f.entry, m.provider_id, m.model_id, 2
    FROM feed f
    JOIN models m ON m.litellm_id = f.feed_id
    WHERE f.source = 'litellm'
),
matched AS (
    SELECT DISTINCT ON (c.source, c.provider_id, c.model_id) c.source, c.feed_id, c.entry, c.provider_id, c.model_id
    FROM candidates c
    ORDER BY c.source, c.provider_id, c.model_id, c.how, c.feed_id
),
observed AS (
    SELECT x.source, x.provider_id, x.model_id, v.field, v.value, v.old_value, v.old_price, m.litellm_id,
           m.markup_rate
    FROM matched x
    JOIN models m ON m.provider_id = x.provider_id AND m.model_id = x.model_id
    CROSS JOIN LATERAL (VALUES
        ('cache_read_cost_per_1k',     x.entry->'cache_read_cost_per_1k',     to_jsonb(m.cache_read_cost_per_1k),     m.cache_read_cost_per_1k),
        ('cache_write_cost_per_1k',    x.entry->'cache_write_cost_per_1k',    to_jsonb(m.cache_write_cost_per_1k),    m.cache_write_cost_per_1k),
        ('cache_write_1h_cost_per_1k', x.entry->'cache_write_1h_cost_per_1k', to_jsonb(m.cache_write_1h_cost_per_1k), m.cache_write_1h_cost_per_1k),
        ('reasoning_cost_per_1k',      x.entry->'reasoning_cost_per_1k',      to_jsonb(m.reasoning_cost_per_1k),      m.reasoning_cost_per_1k),
        ('batch_input_cost_per_1k',    x.entry->'batch_input_cost_per_1k',    to_jsonb(m.batch_input_cost_per_1k),    m.batch_input_cost_per_1k),
        ('batch_output_cost_per_1k',   x.entry->'batch_output_cost_per_1k',   to_jsonb(m.batch_output_cost_per_1k),   m.batch_output_cost_per_1k),
        ('price_tiers',                x.entry->'price_tiers',                m.price_tiers,                          CAST(NULL AS numeric))
        ) AS v(field, value, old_value, old_price)
    WHERE v.value IS NOT NULL AND jsonb_typeof(v.value) <> 'null' AND m.pricing_type = 'per_token'
),
best AS (
    SELECT DISTINCT ON (o.provider_id, o.model_id, o.field) o.*, p.rank
    FROM observed o
    JOIN precedence p USING (source)
    ORDER BY o.provider_id, o.model_id, o.field, p.rank
),
compared AS (
    SELECT b.*, s.source AS set_by,
           CASE WHEN b.field <> 'price_tiers'
                THEN CAST(CAST(jsonb_build_array(b.value)->>0 AS numeric) AS numeric(14,8)) END AS new_price
    FROM best b
    LEFT JOIN model_field_sources s
           ON s.provider_id = b.provider_id AND s.model_id = b.model_id AND s.field = b.field
),
judged AS (
    SELECT c.*,
           CASE
               WHEN c.old_value IS NOT NULL AND c.old_value = c.value THEN 'same'
               WHEN c.old_value IS NULL THEN 'apply'
               WHEN COALESCE(c.set_by, 'curated') IN ('curated', 'admin') THEN 'propose'
               WHEN c.set_by = 'provider_list' THEN 'kept'
               WHEN c.old_price > 0
                    AND (c.new_price > c.old_price * CAST(:#${properties:registry.pricing.max-change-factor:10} AS numeric)
                         OR c.new_price * CAST(:#${properties:registry.pricing.max-change-factor:10} AS numeric) < c.old_price) THEN 'hold'
               ELSE 'apply'
           END AS verdict,
           CASE WHEN c.new_price IS NOT NULL THEN to_jsonb(c.new_price) ELSE c.value END AS new_value
    FROM compared c
),
capability_said AS (
    SELECT DISTINCT ON (x.provider_id, x.model_id, c.capability) x.provider_id, x.model_id, c.capability, x.source
    FROM matched x
    JOIN precedence p USING (source)
    CROSS JOIN LATERAL jsonb_array_elements_text(
        CASE WHEN jsonb_typeof(x.entry->'capabilities') = 'array' THEN x.entry->'capabilities' ELSE '[]'::jsonb END)
        AS c(capability)
    WHERE c.capability IN ('chat', 'completion', 'function_calling', 'vision', 'reasoning', 'json_mode',
                           'prompt_caching', 'pdf_input', 'audio_input', 'web_search')
    ORDER BY x.provider_id, x.model_id, c.capability, p.rank
),
capability_new AS (
    SELECT s.* FROM capability_said s
    JOIN models m ON m.provider_id = s.provider_id AND m.model_id = s.model_id
    -- a feed's chat/completion would change the model's task: those stay the catalog's own word
    WHERE NOT s.capability = ANY(m.capabilities) AND s.capability NOT IN ('chat', 'completion')
),
changes AS (
    SELECT COALESCE(p.provider_id, c.provider_id) AS provider_id, COALESCE(p.model_id, c.model_id) AS model_id,
           COALESCE(p.sets, '{}'::jsonb) AS sets, COALESCE(c.added, ARRAY[]::text[]) AS added
    FROM (SELECT provider_id, model_id, jsonb_object_agg(field, new_value) AS sets
          FROM judged WHERE verdict = 'apply' GROUP BY provider_id, model_id) p
    FULL JOIN (SELECT provider_id, model_id, array_agg(capability ORDER BY capability) AS added
               FROM capability_new GROUP BY provider_id, model_id) c
           ON c.provider_id = p.provider_id AND c.model_id = p.model_id
),
updated AS (
    -- one UPDATE per row (a row updated twice in one statement keeps only one of the updates)
    UPDATE models m SET (cache_read_cost_per_1k, cache_write_cost_per_1k, cache_write_1h_cost_per_1k,
                         reasoning_cost_per_1k, batch_input_cost_per_1k, batch_output_cost_per_1k, price_tiers,
                         capabilities)
        = (SELECT r.cache_read_cost_per_1k, r.cache_write_cost_per_1k, r.cache_write_1h_cost_per_1k,
                  r.reasoning_cost_per_1k, r.batch_input_cost_per_1k, r.batch_output_cost_per_1k, r.price_tiers,
                  m.capabilities || ch.added
           FROM jsonb_populate_record(m, ch.sets) AS r)
    FROM changes ch
    WHERE m.provider_id = ch.provider_id AND m.model_id = ch.model_id
    RETURNING m.provider_id, m.model_id
),
sourced AS (
    INSERT INTO model_field_sources (provider_id, model_id, field, source, value, observed_at)
    SELECT provider_id, model_id, field, source, new_value, now() FROM judged WHERE verdict = 'apply'
    UNION ALL
    SELECT provider_id, model_id, 'capability:' || capability, source, 'true'::jsonb, now() FROM capability_new
    ON CONFLICT (provider_id, model_id, field)
    DO UPDATE SET source = EXCLUDED.source, value = EXCLUDED.value, observed_at = EXCLUDED.observed_at
    RETURNING 1
),
tier_rates AS (
    SELECT j.provider_id, j.model_id, j.source, j.litellm_id, j.markup_rate, sides.side,
           t->>'aboveInputTokens' AS above, r.rate, CAST(t->>r.json_key AS numeric) AS price
    FROM judged j
    CROSS JOIN LATERAL (VALUES ('old', COALESCE(j.old_value, '[]'::jsonb)), ('new', j.new_value)) AS sides(side, tiers)
    CROSS JOIN LATERAL jsonb_array_elements(sides.tiers) AS t
    CROSS JOIN (VALUES ('input', 'input'), ('output', 'output'), ('cache_read', 'cacheRead')) AS r(rate, json_key)
    WHERE j.field = 'price_tiers' AND j.verdict = 'apply'
),
price_changes AS (
    SELECT provider_id, model_id, source, litellm_id, markup_rate, field, old_price, new_price
    FROM judged
    WHERE verdict = 'apply' AND new_price IS NOT NULL
    UNION ALL
    SELECT provider_id, model_id, source, litellm_id, markup_rate, 'tier_' || above || '_' || rate || '_cost_per_1k',
           max(price) FILTER (WHERE side = 'old'), max(price) FILTER (WHERE side = 'new')
    FROM tier_rates
    GROUP BY provider_id, model_id, source, litellm_id, markup_rate, above, rate
    HAVING max(price) FILTER (WHERE side = 'new') IS NOT NULL
       AND max(price) FILTER (WHERE side = 'new') IS DISTINCT FROM max(price) FILTER (WHERE side = 'old')
),
history AS (
    INSERT INTO model_price_history (provider_id, model_id, field, old_value, new_value, source, sync_id)
    SELECT provider_id, model_id, field, old_price, new_price, source, CAST(:#${variable.sync[id]} AS uuid)
    FROM price_changes
    RETURNING 1
),
price_events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'ModelPriceChanged',
           jsonb_build_object('providerId', provider_id, 'modelId', model_id, 'litellmId', litellm_id,
                              'field', field, 'oldValue', old_price, 'newValue', new_price,
                              'markupRate', markup_rate,
                              'billedOldValue', round(old_price * (1 + markup_rate), 8),
                              'billedNewValue', round(new_price * (1 + markup_rate), 8),
                              'source', source, 'syncId', CAST(:#${variable.sync[id]} AS text)),
           CAST(:#${variable.sync[id]} AS uuid)
    FROM price_changes
    RETURNING 1
),
proposals AS (
    SELECT j.*, CASE WHEN j.new_price IS NOT NULL THEN 'price_change' ELSE 'metadata_change' END AS kind
    FROM judged j
    WHERE j.verdict IN ('propose', 'hold')
      AND NOT EXISTS (
          SELECT 1 FROM model_review_queue r
          WHERE r.status = 'rejected' AND r.provider_id = j.provider_id AND r.model_id = j.model_id
            AND r.kind = CASE WHEN j.new_price IS NOT NULL THEN 'price_change' ELSE 'metadata_change' END
            AND r.discovered->'changes' @> jsonb_build_array(jsonb_build_object('field', j.field, 'newValue', j.new_value)))
),
reviewed AS (
    -- the pending item of the model and kind (pricing-apply.sql may have opened it in this sync) gains the
    -- component changes; changes of other fields already in it stay
    INSERT INTO model_review_queue AS q (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT provider_id, model_id, kind,
           jsonb_build_object('source', (array_agg(source ORDER BY rank))[1], 'litellmId', min(litellm_id),
                              'changes', jsonb_agg(jsonb_build_object(
                                  'field', field, 'oldValue', old_value, 'newValue', new_value, 'source', source,
                                  'currentSource', COALESCE(set_by, 'curated'),
                                  'held', CASE verdict WHEN 'hold' THEN 'moves by more than the change factor'
                                                       ELSE 'the current value is ' || COALESCE(set_by, 'curated') END)
                                  ORDER BY field)),
           CASE WHEN bool_or(verdict = 'hold')
                THEN 'price moves by more than ' || CAST(:#${properties:registry.pricing.max-change-factor:10} AS text) || 'x'
                ELSE 'a feed differs from a ' || string_agg(DISTINCT COALESCE(set_by, 'curated'), '/') || ' value' END,
           CAST(:#${variable.sync[id]} AS uuid)
    FROM proposals
    GROUP BY provider_id, model_id, kind
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET discovered = jsonb_set(q.discovered, '{changes}', (
                      SELECT COALESCE(jsonb_agg(x.c ORDER BY x.c->>'field'), '[]'::jsonb)
                      FROM (SELECT c FROM jsonb_array_elements(q.discovered->'changes') AS c
                            WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(EXCLUDED.discovered->'changes') AS n
                                              WHERE n->>'field' = c->>'field')
                            UNION ALL
                            SELECT c FROM jsonb_array_elements(EXCLUDED.discovered->'changes') AS c) AS x)),
                  sync_id = EXCLUDED.sync_id, last_seen_at = now()
    RETURNING 1
)
SELECT (SELECT count(*) FROM updated)::int          AS models_updated,
       (SELECT count(*) FROM history)::int          AS components_changed,
       (SELECT count(*) FROM capability_new)::int   AS capabilities_added,
       (SELECT count(*) FROM reviewed)::int         AS review_items,
       (SELECT count(*) FROM sourced)::int          AS sources_recorded,
       (SELECT count(*) FROM price_events)::int     AS price_events
