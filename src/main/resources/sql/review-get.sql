-- One review queue entry, with whether its model is in the catalog already, and - for a new model - what each
-- public feed last said about its id (feed_models). A mass_discovery item names its ids (modelIds), without
-- what the list said of each.
SELECT r.id::text AS review_id, r.provider_id, r.model_id, r.kind, r.status,
       CASE WHEN r.kind = 'mass_discovery' THEN
           (r.discovered - 'models') || jsonb_build_object('modelIds',
               COALESCE((SELECT jsonb_agg(b->'modelId') FROM jsonb_array_elements(r.discovered->'models') AS b),
                        '[]'::jsonb))
       ELSE r.discovered END AS discovered,
       r.reason, r.sync_id::text AS sync_id, r.first_seen_at, r.last_seen_at, r.decided_at, r.decided_by,
       r.decision_note,
       CASE WHEN r.kind = 'new_model' THEN
           COALESCE((SELECT jsonb_object_agg(f.source, f.entry || jsonb_build_object('feedId', f.feed_id,
                                                                                   'observedAt', f.observed_at))
                     FROM feed_models f
                     WHERE f.provider_id = r.provider_id AND f.model_id = r.model_id), '{}'::jsonb)
       END AS feeds,
       EXISTS (SELECT 1 FROM models m WHERE m.provider_id = r.provider_id AND m.model_id = r.model_id) AS in_catalog
FROM model_review_queue r
WHERE r.id = CAST(:#${variable.reviewId} AS uuid)
