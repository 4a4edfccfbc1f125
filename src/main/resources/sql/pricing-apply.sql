-- Applies every feed the pricing sync read, in ONE statement (one round trip, one transaction, whatever the
-- number of entries). It reads:
--   variable feedsRead (pricing/FeedsRead): entriesJson, a JSON array of {source, feed_id, provider_id, model_id,
--                  entry{<models column>: value}} (pricing/FeedEntry.toRow: prices USD per 1k tokens, dates
--                  yyyy-mm-dd); sourcesJson, a JSON array of the feeds read this time
--   variable sync: its id, the running sync
--   registry.pricing.max-change-factor: feed-set price moves beyond it are held
--   registry.pricing.unmatched-sample-size: unmatched ids named per feed
-- Matching: an entry describes the catalog model with our (provider_id, model_id), or - LiteLLM - the model
-- whose litellm_id is the entry's key. Per field the highest-precedence feed that states a value is taken
-- (litellm, then models.dev, then openrouter). Against the value's provenance (model_field_sources; no row =
-- curated):
--   * same value                   → nothing changes (observed_at stays the time the source set the value)
--   * nobody set it (NULL)         → filled
--   * curated or admin value       → never changed: proposed as a review item (price_change/metadata_change)
--   * the provider's own list's    → kept: the provider is authoritative over the feeds (model-diff.sql)
--   * another feed's value         → corrected; a price moving over max-change-factor from non-zero is held
-- A feed's lifecycle DATES (deprecation_date, retirement_date) are never applied by the feed alone: where the
-- rules above would apply one (nobody set it, or a feed did), it is held instead, all of a provider's together in
-- ONE held_changes review item (approve applies them all, reject discards them) - a public feed is not trusted
-- to take models out of selection. Against a curated or admin value it is proposed (metadata_change) as before.
-- Applied prices go to model_price_history + ModelPriceChanged; an applied successor_model_id emits
-- ModelLifecycleChanged. A change an operator once rejected (same
-- field, same value) is not proposed again. feed_models keeps every mapped entry for reviews and the detail API.
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
    -- the catalog's current value is read here, once, next to the feed's
    SELECT x.source, x.provider_id, x.model_id, v.field, v.value, v.old_value, m.litellm_id, m.markup_rate,
           CASE v.field WHEN 'input_cost_per_1k'  THEN m.input_cost_per_1k
                        WHEN 'output_cost_per_1k' THEN m.output_cost_per_1k END AS old_price
    FROM matched x
    JOIN models m ON m.provider_id = x.provider_id AND m.model_id = x.model_id
    CROSS JOIN LATERAL (VALUES
        ('input_cost_per_1k',  x.entry->'input_cost_per_1k',  to_jsonb(m.input_cost_per_1k)),
        ('output_cost_per_1k', x.entry->'output_cost_per_1k', to_jsonb(m.output_cost_per_1k)),
        ('context_window',     x.entry->'context_window',     to_jsonb(m.context_window)),
        ('max_output',         x.entry->'max_output',         to_jsonb(m.max_output)),
        ('deprecation_date',   x.entry->'deprecation_date',   to_jsonb(m.deprecation_date)),
        ('retirement_date',    x.entry->'retirement_date',    to_jsonb(m.retirement_date)),
        ('successor_model_id', x.entry->'successor_model_id', to_jsonb(m.successor_model_id))) AS v(field, value, old_value)
    WHERE v.value IS NOT NULL AND jsonb_typeof(v.value) <> 'null'
      AND (v.field NOT IN ('input_cost_per_1k', 'output_cost_per_1k') OR m.pricing_type = 'per_token')
),
best AS (
    SELECT DISTINCT ON (o.provider_id, o.model_id, o.field) o.*, p.rank
    FROM observed o
    JOIN precedence p USING (source)
    ORDER BY o.provider_id, o.model_id, o.field, p.rank
),
compared AS (
    SELECT b.*, s.source AS set_by,
           CASE WHEN b.field IN ('input_cost_per_1k', 'output_cost_per_1k')
                THEN CAST(CAST(jsonb_build_array(b.value)->>0 AS numeric) AS numeric(14,8)) END AS new_price
    FROM best b
    LEFT JOIN model_field_sources s
           ON s.provider_id = b.provider_id AND s.model_id = b.model_id AND s.field = b.field
),
judged AS (
    SELECT c.*,
           CASE
               WHEN c.old_value IS NOT NULL AND c.old_value = c.value THEN 'same'
               WHEN c.field IN ('deprecation_date', 'retirement_date')
                    AND (c.old_value IS NULL OR c.set_by IN ('litellm', 'models.dev', 'openrouter')) THEN 'held'
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
per_model AS (
    SELECT provider_id, model_id, jsonb_object_agg(field, new_value) AS sets
    FROM judged
    WHERE verdict = 'apply'
    GROUP BY provider_id, model_id
),
updated AS (
    -- the applied values over the row's own (the keys of p.sets are models columns; the column types cast them)
    UPDATE models m SET (input_cost_per_1k, output_cost_per_1k, context_window, max_output, deprecation_date,
                         retirement_date, successor_model_id)
        = (SELECT r.input_cost_per_1k, r.output_cost_per_1k, r.context_window, r.max_output, r.deprecation_date,
                  r.retirement_date, r.successor_model_id
           FROM jsonb_populate_record(m, p.sets) AS r)
    FROM per_model p
    WHERE m.provider_id = p.provider_id AND m.model_id = p.model_id
    RETURNING m.provider_id, m.model_id
),
sourced AS (
    INSERT INTO model_field_sources (provider_id, model_id, field, source, value, observed_at)
    SELECT provider_id, model_id, field, source, new_value, now()
    FROM judged
    WHERE verdict = 'apply'
    ON CONFLICT (provider_id, model_id, field)
    DO UPDATE SET source = EXCLUDED.source, value = EXCLUDED.value, observed_at = EXCLUDED.observed_at
    RETURNING 1
),
history AS (
    INSERT INTO model_price_history (provider_id, model_id, field, old_value, new_value, source, sync_id)
    SELECT provider_id, model_id, field, old_price, new_price, source, CAST(:#${variable.sync[id]} AS uuid)
    FROM judged
    WHERE verdict = 'apply' AND new_price IS NOT NULL
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
    FROM judged
    WHERE verdict = 'apply' AND new_price IS NOT NULL
    RETURNING 1
),
lifecycle_events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'ModelLifecycleChanged',
           jsonb_build_object('providerId', provider_id, 'modelId', model_id, 'field', field,
                              'oldValue', jsonb_build_array(old_value)->>0, 'newValue', jsonb_build_array(value)->>0,
                              'source', source, 'syncId', CAST(:#${variable.sync[id]} AS text)),
           CAST(:#${variable.sync[id]} AS uuid)
    FROM judged
    WHERE verdict = 'apply' AND field IN ('deprecation_date', 'retirement_date', 'successor_model_id')
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
    -- one pending item per model and kind, shared with the full sync: a change the provider's list proposed
    -- stays, and outranks a feed's change of the same field
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
    DO UPDATE SET discovered = jsonb_set(EXCLUDED.discovered, '{changes}', (
                      SELECT COALESCE(jsonb_agg(x.c ORDER BY x.c->>'field'), '[]'::jsonb)
                      FROM (SELECT c FROM jsonb_array_elements(q.discovered->'changes') AS c
                            WHERE c->>'source' = 'provider_list'
                            UNION ALL
                            SELECT c FROM jsonb_array_elements(EXCLUDED.discovered->'changes') AS c
                            WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(q.discovered->'changes') AS l
                                              WHERE l->>'source' = 'provider_list' AND l->>'field' = c->>'field')) AS x)),
                  reason = EXCLUDED.reason, sync_id = EXCLUDED.sync_id, last_seen_at = now()
    RETURNING 1
),
held_dates AS (
    -- feed lifecycle dates waiting for an operator; a value once rejected (same model, field, value) is not
    -- held again
    SELECT j.*
    FROM judged j
    WHERE j.verdict = 'held'
      AND NOT EXISTS (
          SELECT 1 FROM model_review_queue r
          WHERE r.status = 'rejected' AND r.provider_id = j.provider_id AND r.kind = 'held_changes'
            AND r.discovered->'changes' @> jsonb_build_array(jsonb_build_object(
                'modelId', j.model_id, 'field', j.field, 'newValue', j.value)))
),
held_set AS (
    -- one pending held_changes item per provider, shared with the full sync: the feeds' changes replace their
    -- own earlier ones; retirements the provider's list had held stay
    INSERT INTO model_review_queue AS q (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT h.provider_id, '*', 'held_changes',
           jsonb_build_object('source', 'feeds',
                              'changes', jsonb_agg(jsonb_build_object(
                                  'modelId', h.model_id, 'field', h.field, 'oldValue', h.old_value,
                                  'newValue', h.value, 'source', h.source,
                                  'currentSource', CASE WHEN h.old_value IS NULL THEN NULL ELSE h.set_by END)
                                  ORDER BY h.model_id, h.field)),
           'lifecycle dates stated by public feeds for ' || count(DISTINCT h.model_id)
               || ' model(s): a feed''s dates are proposals, never applied by themselves; approve to apply them '
               || 'all, reject to discard them',
           CAST(:#${variable.sync[id]} AS uuid)
    FROM held_dates h
    GROUP BY h.provider_id
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET discovered = jsonb_set(EXCLUDED.discovered, '{changes}', (
                      SELECT COALESCE(jsonb_agg(x.c ORDER BY x.c->>'modelId', x.c->>'field'), '[]'::jsonb)
                      FROM (SELECT c FROM jsonb_array_elements(q.discovered->'changes') AS c
                            WHERE c->>'source' = 'provider_list'
                            UNION ALL
                            SELECT c FROM jsonb_array_elements(EXCLUDED.discovered->'changes') AS c
                            WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(q.discovered->'changes') AS l
                                              WHERE l->>'source' = 'provider_list'
                                                AND l->>'modelId' = c->>'modelId' AND l->>'field' = c->>'field')) AS x)),
                  reason = EXCLUDED.reason, sync_id = EXCLUDED.sync_id, last_seen_at = now()
    RETURNING 1
),
feed_rows AS (
    SELECT DISTINCT ON (f.source, f.provider_id, f.model_id) f.*
    FROM feed f
    WHERE f.provider_id IS NOT NULL AND f.model_id IS NOT NULL
    ORDER BY f.source, f.provider_id, f.model_id, f.feed_id
),
stored AS (
    INSERT INTO feed_models (source, provider_id, model_id, feed_id, entry, observed_at, sync_id)
    SELECT source, provider_id, model_id, feed_id, entry, now(), CAST(:#${variable.sync[id]} AS uuid)
    FROM feed_rows
    ON CONFLICT (source, provider_id, model_id)
    DO UPDATE SET feed_id = EXCLUDED.feed_id, entry = EXCLUDED.entry, observed_at = EXCLUDED.observed_at,
                  sync_id = EXCLUDED.sync_id
    RETURNING 1
),
dropped AS (
    -- an id the feed no longer lists is no longer what the feed says
    DELETE FROM feed_models fm
    WHERE fm.source IN (SELECT jsonb_array_elements_text(CAST(:#${variable.feedsRead.sourcesJson} AS jsonb)))
      AND NOT EXISTS (SELECT 1 FROM feed_rows r
                      WHERE r.source = fm.source AND r.provider_id = fm.provider_id AND r.model_id = fm.model_id)
    RETURNING 1
),
unmatched AS (
    -- a set difference (hashed), not an anti-join against a CTE, which the planner would run as a nested loop
    SELECT source, feed_id FROM feed
    EXCEPT
    SELECT source, feed_id FROM matched
),
per_feed AS (
    SELECT s.source,
           jsonb_build_object(
               'matched',       (SELECT count(DISTINCT x.feed_id) FROM matched x WHERE x.source = s.source),
               'modelsMatched', (SELECT count(*) FROM matched x WHERE x.source = s.source),
               'unmatchedSample', COALESCE((SELECT jsonb_agg(u.feed_id ORDER BY u.feed_id)
                                            FROM (SELECT feed_id FROM unmatched WHERE source = s.source
                                                  ORDER BY feed_id LIMIT CAST(:#${properties:registry.pricing.unmatched-sample-size:10} AS integer)) u), '[]'::jsonb),
               'valuesChanged', (SELECT count(*) FROM judged j WHERE j.verdict = 'apply' AND j.source = s.source),
               'heldForReview', (SELECT count(*) FROM proposals p WHERE p.source = s.source),
               'lifecycleDatesHeld', (SELECT count(*) FROM held_dates h WHERE h.source = s.source)) AS figures
    FROM (SELECT jsonb_array_elements_text(CAST(:#${variable.feedsRead.sourcesJson} AS jsonb)) AS source) s
)
SELECT (SELECT count(*) FROM updated)::int                                  AS models_updated,
       (SELECT count(*) FROM history)::int                                  AS prices_changed,
       (SELECT count(*) FROM lifecycle_events)::int                         AS lifecycle_changes,
       (SELECT count(*) FROM reviewed)::int                                 AS review_items,
       (SELECT count(*) FROM held_dates)::int                               AS lifecycle_held,
       (SELECT count(*) FROM held_set)::int                                 AS held_items,
       (SELECT count(*) FROM sourced)::int                                  AS sources_recorded,
       (SELECT count(*) FROM price_events)::int                             AS price_events,
       (SELECT count(*) FROM stored)::int                                   AS feed_models_stored,
       (SELECT count(*) FROM dropped)::int                                  AS feed_models_dropped,
       CAST(COALESCE((SELECT jsonb_object_agg(source, figures) FROM per_feed), '{}'::jsonb) AS text) AS feeds
