-- Review queue entries by status (default pending), optionally one kind and one provider, oldest first: the
-- checked query parameters, variable reviewFilter (review/ReviewQueue.reviewFilter).
-- A new model carries what each public feed last said about its id (feed_models), for the reviewer and approval.
-- A mass_discovery item shows its count and the first 20 of its ids here (GET …/review/{id} names them all).
SELECT r.id::text AS review_id, r.provider_id, r.model_id, r.kind, r.status,
       CASE WHEN r.kind = 'mass_discovery' THEN
           (r.discovered - 'models') || jsonb_build_object('modelIdsSample',
               COALESCE((SELECT jsonb_agg(b->'modelId')
                         FROM (SELECT b FROM jsonb_array_elements(r.discovered->'models') AS b LIMIT 20) AS s),
                        '[]'::jsonb))
       ELSE r.discovered END AS discovered, r.reason,
       r.sync_id::text AS sync_id, r.first_seen_at, r.last_seen_at, r.decided_at, r.decided_by, r.decision_note,
       CASE WHEN r.kind = 'new_model' THEN
           COALESCE((SELECT jsonb_object_agg(f.source, f.entry || jsonb_build_object('feedId', f.feed_id,
                                                                                   'observedAt', f.observed_at))
                     FROM feed_models f
                     WHERE f.provider_id = r.provider_id AND f.model_id = r.model_id), '{}'::jsonb)
       END AS feeds
FROM model_review_queue r
WHERE r.status = CAST(:#${variable.reviewFilter.status} AS text)
  AND (CAST(:#${variable.reviewFilter.kind} AS text) IS NULL OR r.kind = CAST(:#${variable.reviewFilter.kind} AS text))
  AND (CAST(:#${variable.reviewFilter.providerId} AS text) IS NULL OR r.provider_id = CAST(:#${variable.reviewFilter.providerId} AS text))
ORDER BY r.first_seen_at, r.provider_id, r.model_id
LIMIT CAST(:#${variable.reviewFilter.limit} AS integer)
