-- Rejects a pending entry. A rejected new model is remembered: discovery never queues that id again.
-- No row returned when the entry is no longer pending.
UPDATE model_review_queue SET
    status = 'rejected', decided_at = now(), decided_by = CAST(:#decidedBy AS text),
    decision_note = CAST(:#note AS text)
WHERE id = CAST(:#reviewId AS uuid) AND status = 'pending'
RETURNING id::text AS review_id
