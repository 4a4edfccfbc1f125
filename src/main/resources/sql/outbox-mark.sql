-- Records the answer to one PutEvents call in one statement (the body: events/OutboxMarks): the accepted entries'
-- rows are published; the others become due again after registry.events.retry-base-delay-ms × 2^(attempts − 1) ms
-- (at most registry.events.retry-max-delay-ms), with the reason. An entry EventBridge refused for good (permanent)
-- that has had registry.events.max-refused-attempts attempts (at least one) becomes dead: never claimed again,
-- counted by registry_outbox_dead, so it cannot hold up the events behind it.
WITH published AS (
    UPDATE event_outbox SET published_at = now(), last_error = NULL
    WHERE id IN (SELECT CAST(p AS bigint) FROM jsonb_array_elements_text(CAST(:#${body.publishedJson} AS jsonb)) AS p)
      AND published_at IS NULL
    RETURNING id
),
retried AS (
    UPDATE event_outbox o SET
        last_error = f.error,
        dead_at = CASE WHEN COALESCE(f.permanent, false) AND o.attempts >= GREATEST(1, CAST(:#${properties:registry.events.max-refused-attempts} AS integer))
                       THEN now() END,
        next_attempt_at = now() + make_interval(secs => LEAST(CAST(:#${properties:registry.events.retry-max-delay-ms} AS double precision),
            CAST(:#${properties:registry.events.retry-base-delay-ms} AS double precision) * power(2, LEAST(GREATEST(o.attempts - 1, 0), 30))) / 1000.0)
    FROM jsonb_to_recordset(CAST(:#${body.failedJson} AS jsonb)) AS f(id BIGINT, error TEXT, permanent BOOLEAN)
    WHERE o.id = f.id AND o.published_at IS NULL
    RETURNING o.id, o.dead_at IS NOT NULL AS dead
)
SELECT (SELECT count(*) FROM published)::int AS published,
       (SELECT count(*) FROM retried WHERE NOT dead)::int AS retried,
       (SELECT count(*) FROM retried WHERE dead)::int AS dead
