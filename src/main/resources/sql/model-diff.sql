-- Diff of one provider's discovered model list against the catalog, in ONE statement (one round trip,
-- one transaction, whatever the number of models). Parameters:
--   :#providerId  the provider                 :#syncId   the running sync (review rows and events point to it)
--   :#models      JSON array of {model_id, display_name, context_window, max_output, discovered}
--   :#complete    true only when the provider's last page was read: a partial list never deprecates
--   :#maxDeprecations, :#maxDeprecationShare   churn guard: more than maxDeprecations missing models, or at
--                 least that share of the provider's active models, are held for review instead of deprecated
-- Data-modifying CTEs all see the catalog as it was when the statement began; each row is changed by at
-- most one of them (listed models vs missing models, new_model vs deprecation review rows).
-- A diff applies only while its sync still holds its lease (row running, locked against a concurrent close):
-- after a clean stop released the sync, or another instance closed it as expired, a late list changes nothing
-- (an empty "discovered" makes every step below a no-op, deprecations included).
WITH lease AS (
    SELECT 1 FROM registry_sync_log s
    WHERE s.id = CAST(:#syncId AS uuid) AND s.status = 'running'
    FOR SHARE
),
discovered AS (
    SELECT d.model_id, d.display_name, d.context_window, d.max_output, d.discovered
    FROM jsonb_to_recordset(CAST(:#models AS jsonb))
         AS d(model_id TEXT, display_name TEXT, context_window INTEGER, max_output INTEGER, discovered JSONB)
    WHERE d.model_id IS NOT NULL AND EXISTS (SELECT 1 FROM lease)
),
catalog AS (
    SELECT m.model_id, m.display_name, m.context_window, m.max_output, m.deprecated
    FROM models m
    WHERE m.provider_id = CAST(:#providerId AS text)
),
listed AS (
    SELECT c.model_id,
           d.display_name, d.context_window, d.max_output,
           (   (d.display_name   IS NOT NULL AND d.display_name   IS DISTINCT FROM c.display_name)
            OR (d.context_window IS NOT NULL AND d.context_window IS DISTINCT FROM c.context_window)
            OR (d.max_output     IS NOT NULL AND d.max_output     IS DISTINCT FROM c.max_output)) AS changed,
           c.deprecated AS was_deprecated
    FROM catalog c
    JOIN discovered d USING (model_id)
),
touched AS (
    -- listed again: metadata the provider now states, un-deprecated if it had been, seen now
    UPDATE models m SET
        display_name   = COALESCE(l.display_name, m.display_name),
        context_window = COALESCE(l.context_window, m.context_window),
        max_output     = COALESCE(l.max_output, m.max_output),
        deprecated     = false,
        deprecated_at  = NULL,
        last_seen_at   = now()
    FROM listed l
    WHERE m.provider_id = CAST(:#providerId AS text) AND m.model_id = l.model_id
    RETURNING m.model_id, l.changed, l.was_deprecated
),
missing AS (
    SELECT c.model_id
    FROM catalog c
    WHERE NOT c.deprecated
      AND NOT EXISTS (SELECT 1 FROM discovered d WHERE d.model_id = c.model_id)
),
decision AS (
    SELECT may_deprecate,
           may_deprecate AND missing_count > 0
               AND (missing_count > CAST(:#maxDeprecations AS integer)
                    OR missing_count >= active_count * CAST(:#maxDeprecationShare AS numeric)) AS hold
    FROM (SELECT CAST(:#complete AS boolean) AND EXISTS (SELECT 1 FROM discovered) AS may_deprecate,
                 (SELECT count(*) FROM missing) AS missing_count,
                 (SELECT count(*) FROM catalog WHERE NOT deprecated) AS active_count) AS figures
),
deprecated_now AS (
    UPDATE models m SET deprecated = true, deprecated_at = now()
    FROM missing x, decision g
    WHERE g.may_deprecate AND NOT g.hold
      AND m.provider_id = CAST(:#providerId AS text) AND m.model_id = x.model_id
    RETURNING m.model_id
),
held AS (
    INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT CAST(:#providerId AS text), x.model_id, 'deprecation', '{}'::jsonb,
           'no longer listed by the provider; held by the churn guard ('
               || (SELECT count(*) FROM missing) || ' models missing at once)',
           CAST(:#syncId AS uuid)
    FROM missing x, decision g
    WHERE g.hold
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET last_seen_at = now(), sync_id = EXCLUDED.sync_id, reason = EXCLUDED.reason
    RETURNING model_id
),
moot AS (
    -- a held deprecation of a model the provider lists again needs no decision any more
    UPDATE model_review_queue r SET
        status = 'rejected', decided_at = now(), decided_by = 'sync', decision_note = 'listed again by the provider'
    FROM discovered d
    WHERE r.provider_id = CAST(:#providerId AS text) AND r.model_id = d.model_id
      AND r.kind = 'deprecation' AND r.status = 'pending'
    RETURNING r.model_id
),
new_models AS (
    SELECT d.model_id, d.discovered
    FROM discovered d
    WHERE NOT EXISTS (SELECT 1 FROM catalog c WHERE c.model_id = d.model_id)
      AND NOT EXISTS (SELECT 1 FROM model_review_queue r
                      WHERE r.provider_id = CAST(:#providerId AS text) AND r.model_id = d.model_id
                        AND r.kind = 'new_model' AND r.status = 'rejected')
),
queued AS (
    INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason, sync_id)
    SELECT CAST(:#providerId AS text), n.model_id, 'new_model', COALESCE(n.discovered, '{}'::jsonb),
           'listed by the provider, not in the catalog', CAST(:#syncId AS uuid)
    FROM new_models n
    ON CONFLICT (provider_id, model_id, kind) WHERE status = 'pending'
    DO UPDATE SET last_seen_at = now(), discovered = EXCLUDED.discovered
    RETURNING model_id, discovered, (xmax = 0) AS inserted
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'ModelDiscovered',
           jsonb_build_object('providerId', CAST(:#providerId AS text), 'modelId', q.model_id,
                              'syncId', CAST(:#syncId AS text), 'discovered', q.discovered),
           CAST(:#syncId AS uuid)
    FROM queued q
    WHERE q.inserted
    UNION ALL
    SELECT 'ModelDeprecated',
           jsonb_build_object('providerId', CAST(:#providerId AS text), 'modelId', x.model_id,
                              'syncId', CAST(:#syncId AS text), 'reason', 'no longer listed by the provider'),
           CAST(:#syncId AS uuid)
    FROM deprecated_now x
    RETURNING 1
)
SELECT (SELECT count(*) FROM queued WHERE inserted)::int                 AS added,
       (SELECT count(*) FROM touched WHERE changed OR was_deprecated)::int AS updated,
       (SELECT count(*) FROM touched WHERE was_deprecated)::int           AS restored,
       (SELECT count(*) FROM deprecated_now)::int                         AS deprecated,
       (SELECT count(*) FROM held)::int                                   AS held,
       (SELECT count(*) FROM moot)::int                                   AS holds_withdrawn,
       (SELECT count(*) FROM events)::int                                 AS events
