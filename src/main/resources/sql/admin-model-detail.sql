-- GET /api/v2/admin/registry/models/{id}: the registry row, the catalog row (external models), the recorded
-- sources of its values, what each feed last said about it, and its price history (oldest first).
SELECT CAST(to_jsonb(u) AS text) AS registry,
       CAST(to_jsonb(m) AS text) AS catalog,
       CAST(COALESCE((SELECT jsonb_object_agg(s.field, jsonb_build_object('source', s.source, 'value', s.value,
                                                                          'observedAt', s.observed_at))
                      FROM model_field_sources s
                      WHERE s.provider_id = m.provider_id AND s.model_id = m.model_id), '{}'::jsonb) AS text) AS recorded,
       CAST(COALESCE((SELECT jsonb_object_agg(f.source, f.entry || jsonb_build_object('feedId', f.feed_id,
                                                                                     'observedAt', f.observed_at))
                      FROM feed_models f
                      WHERE f.provider_id = m.provider_id AND f.model_id = m.model_id), '{}'::jsonb) AS text) AS feeds,
       CAST(COALESCE((SELECT jsonb_agg(jsonb_build_object('field', h.field, 'oldValue', h.old_value,
                                                          'newValue', h.new_value, 'source', h.source,
                                                          'syncId', h.sync_id, 'effectiveAt', h.changed_at)
                                       ORDER BY h.changed_at, h.id)
                      FROM model_price_history h
                      WHERE h.provider_id = m.provider_id AND h.model_id = m.model_id), '[]'::jsonb) AS text) AS price_history
FROM unified_model_registry u
LEFT JOIN models m ON m.id = CAST(:#id AS uuid)
WHERE u.id = CAST(:#id AS text)
