-- Review queue entries by status (default pending), optionally one kind and one provider, oldest first.
SELECT id::text AS review_id, provider_id, model_id, kind, status, discovered::text AS discovered, reason,
       sync_id::text AS sync_id, first_seen_at, last_seen_at, decided_at, decided_by, decision_note
FROM model_review_queue
WHERE status = CAST(:#status AS text)
  AND (CAST(:#kind AS text) IS NULL OR kind = CAST(:#kind AS text))
  AND (CAST(:#providerId AS text) IS NULL OR provider_id = CAST(:#providerId AS text))
ORDER BY first_seen_at, provider_id, model_id
LIMIT CAST(:#limit AS integer)
