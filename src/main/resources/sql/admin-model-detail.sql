-- GET /api/v2/admin/registry/models/{id}: the registry row (disabled models too: an operator must find a model
-- to enable it again), the catalog row (external models) or the self-hosted row, the recorded sources of its
-- values, what each feed last said about it, its price history (oldest first), its admin and review history
-- (newest first) and its version (the ETag of PATCH). The model is the variable modelId.
SELECT CAST(to_jsonb(u) - 'readiness_rank' - 'health_rank' - 'estimated_cost_per_request' - 'retirement_date' AS text) AS registry,
       CAST(to_jsonb(m) AS text) AS catalog,
       CAST(to_jsonb(sh) AS text) AS self_hosted,
       COALESCE(m.version, sh.version) AS version,
       CAST(COALESCE((SELECT jsonb_object_agg(s.field, jsonb_strip_nulls(jsonb_build_object(
                                                  'source', s.source, 'value', s.value, 'observedAt', s.observed_at,
                                                  'reason', s.reason)))
                      FROM model_field_sources s
                      WHERE s.provider_id = m.provider_id AND s.model_id = m.model_id),
                     (SELECT jsonb_object_agg(s.field, jsonb_strip_nulls(jsonb_build_object(
                                                  'source', s.source, 'value', s.value, 'observedAt', s.observed_at,
                                                  'reason', s.reason)))
                      FROM self_hosted_field_sources s
                      WHERE s.model_id = sh.model_id),
                     '{}'::jsonb) AS text) AS recorded,
       CAST(COALESCE((SELECT jsonb_object_agg(f.source, f.entry || jsonb_build_object('feedId', f.feed_id,
                                                                                     'observedAt', f.observed_at))
                      FROM feed_models f
                      WHERE f.provider_id = m.provider_id AND f.model_id = m.model_id), '{}'::jsonb) AS text) AS feeds,
       CAST(COALESCE((SELECT jsonb_agg(jsonb_build_object('field', h.field, 'oldValue', h.old_value,
                                                          'newValue', h.new_value, 'source', h.source,
                                                          'syncId', h.sync_id, 'effectiveAt', h.changed_at)
                                       ORDER BY h.changed_at, h.id)
                      FROM model_price_history h
                      WHERE h.provider_id = m.provider_id AND h.model_id = m.model_id), '[]'::jsonb) AS text) AS price_history,
       CAST(COALESCE((SELECT jsonb_agg(jsonb_build_object('at', a.at, 'kind', a.kind, 'changes', a.changes,
                                                          'reason', a.reason, 'actor', a.actor)
                                       ORDER BY a.at DESC, a.id DESC)
                      FROM registry_audit a
                      WHERE a.provider_id = u.provider_id AND a.model_id = u.model_id), '[]'::jsonb) AS text) AS history
FROM selection_catalog u
LEFT JOIN models m ON m.id = CAST(:#${variable.modelId} AS uuid)
LEFT JOIN self_hosted_models sh ON sh.id = CAST(:#${variable.modelId} AS uuid)
WHERE u.id = CAST(:#${variable.modelId} AS text)
