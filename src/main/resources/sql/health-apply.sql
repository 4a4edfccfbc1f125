-- Records one health sync in ONE statement: the samples of every provider probed (the body: a JSON array of
-- HealthSample rows), each provider's figures over the last registry.health.window-minutes of samples (p95/p99
-- latency, error and success rates, so that one slow or failed probe does not decide a provider's status), the
-- latency EWMA (registry.health.ewma-weight), a ProviderHealthChanged event per status change (syncId: the
-- variable sync), and the pruning of samples older than registry.health.sample-retention-days. Returns one row per
-- provider whose status changed. The registry probes from one region, us-east-1: provider_health keeps a row per
-- region, and the API, the console and the metrics read that one.
-- Rates are percentages: error = 5xx/529/timeout/refused (unhealthy) or 429; success = answered in time
-- without a server error (an auth refusal still shows the provider is up). The samples inserted here are
-- not visible to the other parts of this statement, hence the UNION with the samples in "window".
WITH sample AS (
    SELECT s.provider_id, s.outcome, s.status, s.auth_status, s.http_status, s.latency_ms, s.error
    FROM jsonb_to_recordset(CAST(:#${body} AS jsonb))
         AS s(provider_id TEXT, outcome TEXT, status TEXT, auth_status TEXT, http_status INTEGER,
              latency_ms INTEGER, error TEXT)
),
recorded AS (
    INSERT INTO provider_health_samples (provider_id, region, outcome, http_status, latency_ms, error)
    SELECT provider_id, 'us-east-1', outcome, http_status, latency_ms, error
    FROM sample
    RETURNING 1
),
window_samples AS (
    SELECT h.provider_id, h.outcome, h.http_status, h.latency_ms
    FROM provider_health_samples h
    WHERE h.region = 'us-east-1'
      AND h.checked_at > now() - make_interval(mins => CAST(:#${properties:registry.health.window-minutes} AS integer))
      AND h.provider_id IN (SELECT provider_id FROM sample)
    UNION ALL
    SELECT provider_id, outcome, http_status, latency_ms FROM sample
),
figures AS (
    SELECT provider_id,
           round(percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) FILTER (WHERE http_status IS NOT NULL)) AS p95,
           round(percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) FILTER (WHERE http_status IS NOT NULL)) AS p99,
           round(100.0 * count(*) FILTER (WHERE outcome = 'unhealthy' OR http_status = 429) / count(*), 2) AS error_rate,
           round(100.0 * count(*) FILTER (WHERE outcome IN ('healthy', 'unauthorized')) / count(*), 2) AS success_rate
    FROM window_samples
    GROUP BY provider_id
),
previous AS (
    SELECT provider_id, status FROM provider_health WHERE region = 'us-east-1'
),
upserted AS (
    INSERT INTO provider_health AS h (provider_id, region, status, avg_latency_ms, p95_latency_ms, p99_latency_ms,
                                      error_rate, success_rate, auth_status, last_check_at, last_success_at,
                                      last_failure_at, last_error)
    SELECT s.provider_id, 'us-east-1', s.status,
           CASE WHEN s.http_status IS NOT NULL THEN s.latency_ms END,
           f.p95, f.p99, f.error_rate, f.success_rate, s.auth_status, now(),
           CASE WHEN s.status = 'healthy' THEN now() END,
           CASE WHEN s.status <> 'healthy' THEN now() END,
           s.error
    FROM sample s
    JOIN figures f USING (provider_id)
    ON CONFLICT (provider_id, region) DO UPDATE SET
        status          = EXCLUDED.status,
        avg_latency_ms  = CASE
                              WHEN EXCLUDED.avg_latency_ms IS NULL THEN h.avg_latency_ms
                              WHEN h.avg_latency_ms IS NULL THEN EXCLUDED.avg_latency_ms
                              ELSE round(h.avg_latency_ms * (1 - CAST(:#${properties:registry.health.ewma-weight} AS numeric))
                                         + EXCLUDED.avg_latency_ms * CAST(:#${properties:registry.health.ewma-weight} AS numeric))
                          END,
        p95_latency_ms  = EXCLUDED.p95_latency_ms,
        p99_latency_ms  = EXCLUDED.p99_latency_ms,
        error_rate      = EXCLUDED.error_rate,
        success_rate    = EXCLUDED.success_rate,
        auth_status     = COALESCE(EXCLUDED.auth_status, h.auth_status),
        last_check_at   = EXCLUDED.last_check_at,
        last_success_at = COALESCE(EXCLUDED.last_success_at, h.last_success_at),
        last_failure_at = COALESCE(EXCLUDED.last_failure_at, h.last_failure_at),
        last_error      = EXCLUDED.last_error
    RETURNING h.provider_id, h.status, h.avg_latency_ms, h.error_rate, h.last_error
),
changes AS (
    SELECT u.provider_id, COALESCE(p.status, 'unknown') AS previous_status, u.status,
           u.avg_latency_ms, u.error_rate, u.last_error
    FROM upserted u
    LEFT JOIN previous p USING (provider_id)
    WHERE p.status IS DISTINCT FROM u.status
),
events AS (
    INSERT INTO event_outbox (detail_type, detail, sync_id)
    SELECT 'ProviderHealthChanged',
           jsonb_build_object('providerId', c.provider_id, 'region', 'us-east-1',
                              'previousStatus', c.previous_status, 'status', c.status,
                              'avgLatencyMs', c.avg_latency_ms, 'errorRate', c.error_rate,
                              'lastError', c.last_error, 'syncId', CAST(:#${variable.sync[id]} AS text)),
           CAST(:#${variable.sync[id]} AS uuid)
    FROM changes c
    RETURNING 1
),
pruned AS (
    DELETE FROM provider_health_samples
    WHERE checked_at < now() - make_interval(days => CAST(:#${properties:registry.health.sample-retention-days} AS integer))
    RETURNING 1
)
SELECT c.provider_id AS "providerId", c.previous_status AS "previousStatus", c.status
FROM changes c
ORDER BY c.provider_id
