-- Approves a deprecation the churn guard held: the entry is decided, the model deprecated and a
-- ModelDeprecated event written, in one statement. No row returned when the entry is no longer pending.
WITH decided AS (
    UPDATE model_review_queue SET
        status = 'approved', decided_at = now(), decided_by = CAST(:#decidedBy AS text),
        decision_note = CAST(:#note AS text)
    WHERE id = CAST(:#reviewId AS uuid) AND status = 'pending' AND kind = 'deprecation'
    RETURNING provider_id, model_id, sync_id
),
deprecated AS (
    UPDATE models m SET deprecated = true, deprecated_at = COALESCE(m.deprecated_at, now())
    FROM decided d
    WHERE m.provider_id = d.provider_id AND m.model_id = d.model_id
    RETURNING m.id::text AS id, m.provider_id, m.model_id, d.sync_id
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'ModelDeprecated',
           jsonb_build_object('providerId', provider_id, 'modelId', model_id, 'syncId', sync_id,
                              'reason', 'no longer listed by the provider; deprecation approved by a reviewer'),
           sync_id
    FROM deprecated
    RETURNING 1
)
SELECT id, provider_id, model_id, true AS deprecated FROM deprecated
