-- Claims up to registry.events.relay-batch-limit due, unpublished events for this instance: SKIP LOCKED lets
-- several instances claim at once without waiting for or taking each other's rows, and the lease (next_attempt_at
-- moved ahead) keeps them claimed without holding a transaction open during the PutEvents call. The lease is the
-- longest retry wait (registry.events.retry-max-delay-ms), at least a minute: a row whose instance dies mid-call
-- is due again when its lease ends (at-least-once delivery). Dead rows (refused for good) are never claimed.
UPDATE event_outbox o
SET attempts = o.attempts + 1,
    next_attempt_at = now() + make_interval(secs => GREATEST(60,
        CAST(:#${properties:registry.events.retry-max-delay-ms} AS bigint) / 1000))
WHERE o.id IN (SELECT e.id
               FROM event_outbox e
               WHERE e.published_at IS NULL AND e.dead_at IS NULL AND e.next_attempt_at <= now()
               ORDER BY e.id
               LIMIT CAST(:#${properties:registry.events.relay-batch-limit} AS integer)
               FOR UPDATE SKIP LOCKED)
RETURNING o.id, o.source, o.detail_type, o.detail::text AS detail, o.created_at, o.attempts
