-- Two review kinds that hold a whole set of changes as one decision:
--   held_changes   lifecycle values of several models (a provider's list retiring more of its models than the
--                  churn guard allows, or the lifecycle dates the public feeds propose), approved or rejected as one
--   mass_discovery more new ids from one provider in one sync than registry.upstream.churn.max-new-models: the
--                  ids wait in one item instead of one item each
-- Both name the whole provider, so their model_id is '*'.
ALTER TABLE model_review_queue DROP CONSTRAINT model_review_queue_kind_check;
ALTER TABLE model_review_queue ADD CONSTRAINT model_review_queue_kind_check
    CHECK (kind IN ('new_model', 'deprecation', 'price_change', 'metadata_change', 'held_changes', 'mass_discovery'));

-- An event EventBridge refuses for good (not throttling, not its own failure) is set aside after a bounded number
-- of attempts: dead_at set, never claimed again, counted apart from the pending ones.
ALTER TABLE event_outbox ADD COLUMN dead_at TIMESTAMPTZ;

DROP INDEX idx_outbox_pending;
CREATE INDEX idx_outbox_pending ON event_outbox(next_attempt_at, id) WHERE published_at IS NULL AND dead_at IS NULL;
CREATE INDEX idx_outbox_dead ON event_outbox(dead_at) WHERE dead_at IS NOT NULL;
