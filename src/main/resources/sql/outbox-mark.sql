-- Records the answer to one PutEvents call in one statement: the accepted entries' rows are published;
-- the others become due again after base × 2^(attempts − 1) ms (at most :#maxDelayMs), with the reason.
WITH published AS (
    UPDATE event_outbox SET published_at = now(), last_error = NULL
    WHERE id IN (SELECT CAST(p AS bigint) FROM jsonb_array_elements_text(CAST(:#published AS jsonb)) AS p)
      AND published_at IS NULL
    RETURNING id
),
retried AS (
    UPDATE event_outbox o SET
        last_error = f.error,
        next_attempt_at = now() + make_interval(secs => LEAST(CAST(:#maxDelayMs AS double precision),
            CAST(:#baseDelayMs AS double precision) * power(2, LEAST(GREATEST(o.attempts - 1, 0), 30))) / 1000.0)
    FROM jsonb_to_recordset(CAST(:#failed AS jsonb)) AS f(id BIGINT, error TEXT)
    WHERE o.id = f.id AND o.published_at IS NULL
    RETURNING o.id
)
SELECT (SELECT count(*) FROM published)::int AS published,
       (SELECT count(*) FROM retried)::int AS retried
