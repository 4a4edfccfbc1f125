-- One review queue entry, with whether its model is in the catalog already.
SELECT r.id::text AS review_id, r.provider_id, r.model_id, r.kind, r.status, r.discovered::text AS discovered,
       r.reason, r.sync_id::text AS sync_id, r.first_seen_at, r.last_seen_at, r.decided_at, r.decided_by,
       r.decision_note,
       EXISTS (SELECT 1 FROM models m WHERE m.provider_id = r.provider_id AND m.model_id = r.model_id) AS in_catalog
FROM model_review_queue r
WHERE r.id = CAST(:#reviewId AS uuid)
