-- Diff of one provider's discovered model list against the catalog, in ONE statement (one round trip,
-- one transaction, whatever the number of models). It reads, from the full sync's exchange:
--   variable listing (discovery/ProviderListing): providerId; modelsJson, a JSON array of {model_id, display_name,
--                 context_window, max_output, retirement_date (yyyy-mm-dd), successor_model_id, discovered}; complete,
--                 true only when the provider's last page was read: a partial list never deprecates
--   variable sync: its id, the running sync (review rows and events point to it)
--   registry.discovery.churn-guard.max-deprecations and .max-share: churn guard: when more than max-deprecations of
--                 the provider's models would drop out of selection at once, or at least max-share of its active
--                 models, none of them does: missing models are held as deprecation review rows (one per model, as
--                 always), and listed retirement dates that would retire a selectable model are held together as ONE
--                 held_changes item (approve applies them all, reject discards them). Dropping out counts every
--                 way this statement can make a model unselectable: missing from a complete list (deprecated) and
--                 retired by a listed date that lies in the past. (No sync disables a model: that is an admin's.)
--   registry.upstream.churn.max-new-models: more ids new to the catalog than this in one list are held as ONE
--                 mass_discovery item (with their ids and what the list said of each) and ONE ModelDiscoveryHeld
--                 event, not one of each per id
-- The provider's own list is authoritative over the public feeds, never over people. Per listed catalog model and
-- field (display_name, context_window, max_output, retirement_date, successor_model_id) that the list states,
-- against the value's provenance (model_field_sources; no row = curated):
--   * same value                        → nothing; a feed's value the list confirms becomes provider_list's
--   * nobody set it (NULL)              → filled, source provider_list
--   * set by a feed or by the list      → corrected, source provider_list
--   * curated or admin value            → never changed: proposed as a metadata_change review item (source
--                                         provider_list), unless an operator once rejected that value for that field
-- Deprecation follows the list (listed: active again; missing from a complete list: deprecated, or held by the
-- churn guard) unless an operator set 'deprecated' (source admin): a listed model they deprecated stays
-- deprecated, and one they keep active that the list no longer names becomes a held deprecation to decide.
-- An applied retirement_date or successor_model_id emits ModelLifecycleChanged (source provider_list).
-- Data-modifying CTEs all see the catalog as it was when the statement began; each row is changed by at
-- most one of them (listed models vs missing models, new_model vs deprecation vs metadata_change review rows).
-- A diff applies only while its sync still holds its lease (row running, locked against a concurrent close):
-- after a clean stop released the sync, or another instance closed it as expired, a late list changes nothing
-- (an empty "discovered" makes every step below a no-op, deprecations included).
WITH lease AS (
    SELECT 1 FROM registry_sync_log s
    WHERE s.id = CAST(:#${variable.sync[id]} AS uuid) AND s.status = 'running'
    FOR SHARE
),
discovered AS (
    SELECT d.model_id, d.display_name, d.context_window, d.max_output, d.retirement_date, d.successor_model_id,
           d.discovered
    FROM jsonb_to_recordset(CAST(:#${variable.listing.modelsJson} AS jsonb))
         AS d(model_id TEXT, display_name TEXT, context_window INTEGER, max_output INTEGER, retirement_date DATE,
              successor_model_id TEXT, discovered JSONB)
    WHERE d.model_id IS NOT NULL AND EXISTS (SELECT 1 FROM lease)
),
catalog AS (
    SELECT m.model_id, m.display_name, m.context_window, m.max_output, m.retirement_date, m.successor_model_id,
           m.deprecated, m.enabled,
           EXISTS (SELECT 1 FROM model_field_sources s
                   WHERE s.provider_id = m.provider_id AND s.model_id = m.model_id
                     AND s.field = 'deprecated' AND s.source = 'admin') AS admin_deprecation
    FROM models m
    WHERE m.provider_id = CAST(:#${variable.listing.providerId} AS text)
),
listed AS (
    SELECT c.model_id, c.deprecated AND NOT c.admin_deprecation AS was_deprecated, c.admin_deprecation
    FROM catalog c
    JOIN discovered d USING (model_id)
),
observed AS (
    -- what the list states next to the catalog's value and who set that value
    SELECT c.model_id, v.field, v.value, v.old_value, s.source AS set_by
    FROM catalog c
    JOIN discovered d USING (model_id)
    CROSS JOIN LATERAL (VALUES
        ('display_name',       to_jsonb(d.display_name),       to_jsonb(c.display_name)),
        ('context_window',     to_jsonb(d.context_window),     to_jsonb(c.context_window)),
        ('max_output',         to_jsonb(d.max_output),         to_jsonb(c.max_output)),
        ('retirement_date',    to_jsonb(d.retirement_date),    to_jsonb(c.retirement_date)),
        ('successor_model_id', to_jsonb(d.successor_model_id), to_jsonb(c.successor_model_id))) AS v(field, value, old_value)
    LEFT JOIN model_field_sources s
           ON s.provider_id = CAST(:#${variable.listing.providerId} AS text) AND s.model_id = c.model_id AND s.field = v.field
    WHERE v.value IS NOT NULL
),
judged AS (
    SELECT o.*,
           CASE
               WHEN o.old_value = o.value THEN
                   CASE WHEN o.set_by IN ('litellm', 'models.dev', 'openrouter') THEN 'confirm' ELSE 'same' END
               WHEN o.old_value IS NULL THEN 'apply'
               WHEN COALESCE(o.set_by, 'curated') IN ('curated', 'admin') THEN 'propose'
               ELSE 'apply'
           END AS verdict
    FROM observed o
),
missing AS (
    SELECT c.model_id
    FROM catalog c
    WHERE NOT c.deprecated AND NOT c.admin_deprecation
      AND NOT EXISTS (SELECT 1 FROM discovered d WHERE d.model_id = c.model_id)
),
admin_kept AS (
    -- active by an operator's decision, no longer listed: a person decides, not the sync
    SELECT c.model_id
    FROM catalog c
    WHERE NOT c.deprecated AND c.admin_deprecation
      AND NOT EXISTS (SELECT 1 FROM discovered d WHERE d.model_id = c.model_id)
),
retiring AS (
    -- a listed retirement date that would take a selectable model out of selection now
    SELECT j.model_id
    FROM judged j
    JOIN catalog c USING (model_id)
    WHERE j.field = 'retirement_date' AND j.verdict = 'apply'
      AND NOT c.deprecated AND c.enabled AND NOT model_is_retired(c.retirement_date)
      AND model_is_retired(CAST(jsonb_build_array(j.value)->>0 AS date))
),
decision AS (
    SELECT may_deprecate, missing_count, retiring_count, active_count,
           (missing_count + retiring_count) > 0
               AND ((missing_count + retiring_count) > CAST(:#${properties:registry.discovery.churn-guard.max-deprecations} AS integer)
                    OR (missing_count + retiring_count) >= active_count * CAST(:#${properties:registry.discovery.churn-guard.max-share} AS numeric)) AS hold
    FROM (SELECT may_deprecate,
                 CASE WHEN may_deprecate THEN (SELECT count(*) FROM missing) ELSE 0 END AS missing_count,
                 (SELECT count(*) FROM retiring) AS retiring_count,
                 (SELECT count(*) FROM catalog WHERE NOT deprecated) AS active_count
          FROM (SELECT CAST(:#${variable.listing.complete} AS boolean) AND EXISTS (SELECT 1 FROM discovered) AS may_deprecate) AS m)
         AS figures
),
ruled AS (
    -- the verdicts once the churn guard has spoken: a retirement over the limit is held, not applied
    SELECT j.model_id, j.field, j.value, j.old_value, j.set_by,
           CASE WHEN g.hold AND j.field = 'retirement_date'
                     AND EXISTS (SELECT 1 FROM retiring r WHERE r.model_id = j.model_id) THEN 'held'
                ELSE j.verdict END AS verdict
    FROM judged j, decision g
),
per_model AS (
    SELECT model_id, jsonb_object_agg(field, value) AS sets
    FROM ruled
    WHERE verdict = 'apply'
    GROUP BY model_id
),
touched AS (
    -- listed again: the values applied above (the keys of p.sets are models columns; the column types cast
    -- them), un-deprecated if it had been, seen now
    UPDATE models m SET
        (display_name, context_window, max_output, retirement_date, successor_model_id)
            = (SELECT r.display_name, r.context_window, r.max_output, r.retirement_date, r.successor_model_id
               FROM jsonb_populate_record(m, COALESCE(p.sets, '{}'::jsonb)) AS r),
        deprecated     = CASE WHEN l.admin_deprecation THEN m.deprecated ELSE false END,
        deprecated_at  = CASE WHEN l.admin_deprecation THEN m.deprecated_at END,
        last_seen_at   = now()
    FROM listed l
    LEFT JOIN per_model p USING (model_id)
    WHERE m.provider_id = CAST(:#${variable.listing.providerId} AS text) AND m.model_id = l.model_id
    RETURNING m.model_id, p.sets IS NOT NULL AS changed, l.was_deprecated
),
sourced AS (
    INSERT INTO model_field_sources (provider_id, model_id, field, source, value, observed_at)
    SELECT CAST(:#${variable.listing.providerId} AS text), j.model_id, j.field, 'provider_list', j.value, now()
    FROM ruled j
    WHERE j.verdict IN ('apply', 'confirm')
    ON CONFLICT (provider_id, model_id, field)
    DO UPDATE SET source = EXCLUDED.source, value = EXCLUDED.value, observed_at = EXCLUDED.observed_at
    RETURNING 1
),
proposals AS (
    SELECT j.*
    FROM ruled j
    WHERE j.verdict = 'propose'
      AND NOT EXISTS (
          SELECT 1 FROM model_review_queue r
          WHERE r.status = 'rejected' AND r.provider_id = CAST(:#${variable.listing.providerId} AS text) AND r.model_id = j.model_id
            AND r.kind = 'metadata_change'
            AND r.discovered->'changes' @> jsonb_build_array(jsonb_build_object('field', j.field, 'newValue', j.value)))
),
proposed AS (
    -- one pending metadata_change per model, shared with the pricing sync: the list's changes replace its own
    -- earlier ones and a feed's for the same field; a feed's changes to other fields stay
    INSERT INTO model_review_queue AS q (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT CAST(:#${variable.listing.providerId} AS text), p.model_id, 'metadata_change',
           jsonb_build_object('source', 'provider_list',
                              'changes', jsonb_agg(jsonb_build_object(
                                  'field', p.field, 'oldValue', p.old_value, 'newValue', p.value,
                                  'source', 'provider_list', 'currentSource', COALESCE(p.set_by, 'curated'),
                                  'held', 'the current value is ' || COALESCE(p.set_by, 'curated'))
                                  ORDER BY p.field)),
           'the provider''s list differs from the ' || string_agg(DISTINCT COALESCE(p.set_by, 'curated'), '/')
               || ' value(s)',
           CAST(:#${variable.sync[id]} AS uuid)
    FROM proposals p
    GROUP BY p.model_id
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET
        discovered = jsonb_set(EXCLUDED.discovered, '{changes}', (
            SELECT COALESCE(jsonb_agg(x.c ORDER BY x.c->>'field'), '[]'::jsonb)
            FROM (SELECT c FROM jsonb_array_elements(EXCLUDED.discovered->'changes') AS c
                  UNION ALL
                  SELECT c FROM jsonb_array_elements(q.discovered->'changes') AS c
                  WHERE c->>'source' IS DISTINCT FROM 'provider_list'
                    AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(EXCLUDED.discovered->'changes') AS n
                                    WHERE n->>'field' = c->>'field')) AS x)),
        reason = EXCLUDED.reason, sync_id = EXCLUDED.sync_id, last_seen_at = now()
    RETURNING 1
),
deprecated_now AS (
    UPDATE models m SET deprecated = true, deprecated_at = now()
    FROM missing x, decision g
    WHERE g.may_deprecate AND NOT g.hold
      AND m.provider_id = CAST(:#${variable.listing.providerId} AS text) AND m.model_id = x.model_id
    RETURNING m.model_id
),
held AS (
    INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT CAST(:#${variable.listing.providerId} AS text), x.model_id, 'deprecation', '{}'::jsonb,
           'no longer listed by the provider; held by the churn guard ('
               || g.missing_count || ' models missing at once'
               || CASE WHEN g.retiring_count > 0 THEN ', ' || g.retiring_count || ' retired by the list' ELSE '' END
               || ')',
           CAST(:#${variable.sync[id]} AS uuid)
    FROM missing x, decision g
    WHERE g.hold AND g.may_deprecate
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET last_seen_at = now(), sync_id = EXCLUDED.sync_id, reason = EXCLUDED.reason
    RETURNING model_id
),
admin_held AS (
    INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT CAST(:#${variable.listing.providerId} AS text), x.model_id, 'deprecation', '{}'::jsonb,
           'no longer listed by the provider; an operator set it active (admin value), so this is held for review',
           CAST(:#${variable.sync[id]} AS uuid)
    FROM admin_kept x, decision g
    WHERE g.may_deprecate
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET last_seen_at = now(), sync_id = EXCLUDED.sync_id, reason = EXCLUDED.reason
    RETURNING model_id
),
held_retirements AS (
    -- the retirements over the limit, as one decision; a set an operator rejected is not proposed again
    SELECT r.model_id, r.field, r.value, r.old_value
    FROM ruled r
    WHERE r.verdict = 'held'
      AND NOT EXISTS (
          SELECT 1 FROM model_review_queue q
          WHERE q.status = 'rejected' AND q.provider_id = CAST(:#${variable.listing.providerId} AS text) AND q.kind = 'held_changes'
            AND q.discovered->'changes' @> jsonb_build_array(jsonb_build_object(
                'modelId', r.model_id, 'field', r.field, 'newValue', r.value)))
),
held_set AS (
    -- one pending held_changes item per provider, shared with the pricing sync: the list's changes replace
    -- its own earlier ones; what the feeds proposed stays
    INSERT INTO model_review_queue AS q (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT CAST(:#${variable.listing.providerId} AS text), '*', 'held_changes',
           jsonb_build_object('source', 'provider_list',
                              'changes', jsonb_agg(jsonb_build_object(
                                  'modelId', h.model_id, 'field', h.field, 'oldValue', h.old_value,
                                  'newValue', h.value, 'source', 'provider_list') ORDER BY h.model_id)),
           'held by the churn guard: the provider''s list would take ' || (g.missing_count + g.retiring_count)
               || ' of its ' || g.active_count || ' active models out of selection at once ('
               || g.retiring_count || ' retired by a listed date, ' || g.missing_count
               || ' no longer listed); approve to apply every retirement here, reject to discard them',
           CAST(:#${variable.sync[id]} AS uuid)
    FROM held_retirements h, decision g
    GROUP BY g.missing_count, g.retiring_count, g.active_count
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET
        discovered = jsonb_set(EXCLUDED.discovered, '{changes}', (
            SELECT COALESCE(jsonb_agg(x.c ORDER BY x.c->>'modelId', x.c->>'field'), '[]'::jsonb)
            FROM (SELECT c FROM jsonb_array_elements(EXCLUDED.discovered->'changes') AS c
                  UNION ALL
                  SELECT c FROM jsonb_array_elements(q.discovered->'changes') AS c
                  WHERE c->>'source' IS DISTINCT FROM 'provider_list'
                    AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(EXCLUDED.discovered->'changes') AS n
                                    WHERE n->>'modelId' = c->>'modelId' AND n->>'field' = c->>'field')) AS x)),
        reason = EXCLUDED.reason, sync_id = EXCLUDED.sync_id, last_seen_at = now()
    RETURNING 1
),
moot AS (
    -- a held deprecation of a model the provider lists again needs no decision any more
    UPDATE model_review_queue r SET
        status = 'rejected', decided_at = now(), decided_by = 'sync', decision_note = 'listed again by the provider'
    FROM discovered d
    WHERE r.provider_id = CAST(:#${variable.listing.providerId} AS text) AND r.model_id = d.model_id
      AND r.kind = 'deprecation' AND r.status = 'pending'
    RETURNING r.model_id
),
unknown_ids AS (
    -- set differences (hashed), so that a list of tens of thousands of ids costs no nested loop
    SELECT model_id FROM discovered
    EXCEPT SELECT model_id FROM catalog
    EXCEPT SELECT r.model_id FROM model_review_queue r
           WHERE r.provider_id = CAST(:#${variable.listing.providerId} AS text) AND r.kind = 'new_model' AND r.status = 'rejected'
    EXCEPT SELECT b->>'modelId' FROM model_review_queue r, jsonb_array_elements(r.discovered->'models') AS b
           WHERE r.provider_id = CAST(:#${variable.listing.providerId} AS text) AND r.kind = 'mass_discovery' AND r.status = 'rejected'
),
new_models AS (
    SELECT DISTINCT ON (d.model_id) d.model_id, d.discovered
    FROM discovered d
    JOIN unknown_ids u USING (model_id)
    ORDER BY d.model_id
),
fresh_ids AS (
    -- new ids not already waiting for a decision of their own
    SELECT model_id FROM unknown_ids
    EXCEPT SELECT r.model_id FROM model_review_queue r
           WHERE r.provider_id = CAST(:#${variable.listing.providerId} AS text) AND r.kind = 'new_model' AND r.status = 'pending'
),
flood AS (
    SELECT (SELECT count(*) FROM fresh_ids) > CAST(:#${properties:registry.upstream.churn.max-new-models} AS integer) AS held
),
mass_held AS (
    -- one pending mass_discovery item per provider: the ids of the latest flood replace the earlier ones
    INSERT INTO model_review_queue AS q (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT CAST(:#${variable.listing.providerId} AS text), '*', 'mass_discovery',
           jsonb_build_object('count', count(*),
                              'models', jsonb_agg(jsonb_build_object('modelId', n.model_id,
                                                                     'discovered', COALESCE(n.discovered, '{}'::jsonb))
                                                  ORDER BY n.model_id)),
           'the provider listed ' || count(*) || ' ids new to the catalog at once (more than '
               || CAST(:#${properties:registry.upstream.churn.max-new-models} AS integer) || '): held as one decision; approve to add them all, '
               || 'reject to discard them', CAST(:#${variable.sync[id]} AS uuid)
    FROM new_models n
    JOIN fresh_ids f USING (model_id)
    CROSS JOIN flood
    WHERE flood.held
    HAVING count(*) > 0
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET discovered = EXCLUDED.discovered, reason = EXCLUDED.reason, sync_id = EXCLUDED.sync_id,
                  last_seen_at = now()
    RETURNING id, (xmax = 0) AS inserted, CAST(discovered->>'count' AS integer) AS ids,
              (SELECT COALESCE(jsonb_agg(b->'modelId'), '[]'::jsonb)
               FROM (SELECT b FROM jsonb_array_elements(discovered->'models') AS b LIMIT 20) AS s) AS sample
),
queued AS (
    INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT CAST(:#${variable.listing.providerId} AS text), n.model_id, 'new_model', COALESCE(n.discovered, '{}'::jsonb),
           'listed by the provider, not in the catalog', CAST(:#${variable.sync[id]} AS uuid)
    FROM new_models n, flood
    WHERE NOT flood.held
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET last_seen_at = now(), discovered = EXCLUDED.discovered
    RETURNING model_id, discovered, (xmax = 0) AS inserted
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'ModelDiscovered',
           jsonb_build_object('providerId', CAST(:#${variable.listing.providerId} AS text), 'modelId', q.model_id,
                              'syncId', CAST(:#${variable.sync[id]} AS text), 'discovered', q.discovered),
           CAST(:#${variable.sync[id]} AS uuid)
    FROM queued q
    WHERE q.inserted
    UNION ALL
    SELECT 'ModelDiscoveryHeld',
           jsonb_build_object('providerId', CAST(:#${variable.listing.providerId} AS text), 'reviewId', CAST(h.id AS text),
                              'count', h.ids, 'modelIdsSample', h.sample,
                              'syncId', CAST(:#${variable.sync[id]} AS text)),
           CAST(:#${variable.sync[id]} AS uuid)
    FROM mass_held h
    WHERE h.inserted
    UNION ALL
    SELECT 'ModelDeprecated',
           jsonb_build_object('providerId', CAST(:#${variable.listing.providerId} AS text), 'modelId', x.model_id,
                              'syncId', CAST(:#${variable.sync[id]} AS text), 'reason', 'no longer listed by the provider'),
           CAST(:#${variable.sync[id]} AS uuid)
    FROM deprecated_now x
    UNION ALL
    SELECT 'ModelLifecycleChanged',
           jsonb_build_object('providerId', CAST(:#${variable.listing.providerId} AS text), 'modelId', j.model_id, 'field', j.field,
                              'oldValue', jsonb_build_array(j.old_value)->>0, 'newValue', jsonb_build_array(j.value)->>0,
                              'source', 'provider_list', 'syncId', CAST(:#${variable.sync[id]} AS text)),
           CAST(:#${variable.sync[id]} AS uuid)
    FROM ruled j
    WHERE j.verdict = 'apply' AND j.field IN ('retirement_date', 'successor_model_id')
    RETURNING detail_type
)
SELECT (SELECT count(*) FROM queued WHERE inserted)::int                 AS added,
       (SELECT count(*) FROM touched WHERE changed OR was_deprecated)::int AS updated,
       (SELECT count(*) FROM touched WHERE was_deprecated)::int           AS restored,
       (SELECT count(*) FROM deprecated_now)::int                         AS deprecated,
       ((SELECT count(*) FROM held) + (SELECT count(*) FROM admin_held))::int AS held,
       (SELECT count(*) FROM held_retirements)::int                       AS retirements_held,
       (SELECT COALESCE(max(ids), 0) FROM mass_held)::int                 AS discoveries_held,
       (SELECT missing_count + retiring_count FROM decision)::int         AS dropping,
       (SELECT count(*) FROM moot)::int                                   AS holds_withdrawn,
       (SELECT count(*) FROM proposals)::int                              AS proposed,
       (SELECT count(*) FROM proposed)::int                               AS review_items,
       (SELECT count(*) FROM sourced)::int                                AS sources_recorded,
       (SELECT count(*) FROM events WHERE detail_type = 'ModelLifecycleChanged')::int AS lifecycle_changes,
       (SELECT count(*) FROM events)::int                                 AS events
