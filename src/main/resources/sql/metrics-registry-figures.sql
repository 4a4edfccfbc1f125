-- Every registry gauge of /actuator/prometheus in one statement (metrics/RegistryGauges runs it at most
-- once per cache period, whatever the number of gauges or scrapers). One row per figure:
-- (metric, label_a, label_b, value); figures absent here read as 0 (counts) or are not exported (latency).
-- Model status: disabled (model or its provider switched off) before deprecated before active.
SELECT 'models' AS metric, hosting_type AS label_a, status AS label_b, COUNT(*)::float8 AS value
FROM (
    SELECT 'external' AS hosting_type,
           CASE WHEN NOT (m.enabled AND p.enabled) THEN 'disabled'
                WHEN m.deprecated THEN 'deprecated' ELSE 'active' END AS status
    FROM models m JOIN providers p ON p.id = m.provider_id
    UNION ALL
    SELECT 'self_hosted',
           CASE WHEN NOT sh.enabled THEN 'disabled' WHEN sh.deprecated THEN 'deprecated' ELSE 'active' END
    FROM self_hosted_models sh
) catalog
GROUP BY hosting_type, status

UNION ALL
SELECT 'thermal_models', ts.current_state, NULL, COUNT(*)::float8
FROM thermal_states ts JOIN self_hosted_models sh ON sh.model_id = ts.model_id AND sh.enabled
GROUP BY ts.current_state

-- a provider never probed has no health row: its status is unknown
UNION ALL
SELECT 'provider_health', p.id, COALESCE(ph.status, 'unknown'), 1
FROM providers p LEFT JOIN provider_health ph ON ph.provider_id = p.id AND ph.region = 'us-east-1'

UNION ALL
SELECT 'provider_latency', ph.provider_id, stat.name, stat.ms::float8
FROM provider_health ph
CROSS JOIN LATERAL (VALUES ('avg', ph.avg_latency_ms), ('p95', ph.p95_latency_ms), ('p99', ph.p99_latency_ms))
    AS stat(name, ms)
WHERE ph.region = 'us-east-1' AND stat.ms IS NOT NULL

-- newest completed sync per type: walks idx_registry_sync_started backwards, not the whole log
UNION ALL
SELECT 'sync_last_success', t.sync_type, NULL, EXTRACT(EPOCH FROM last.completed_at)::float8
FROM (VALUES ('full'), ('health'), ('thermal'), ('pricing')) AS t(sync_type)
CROSS JOIN LATERAL (
    SELECT l.completed_at FROM registry_sync_log l
    WHERE l.sync_type = t.sync_type AND l.status = 'completed'
    ORDER BY l.started_at DESC LIMIT 1
) last

-- pending = still to be sent; a dead event (refused by EventBridge for good) is counted apart
UNION ALL
SELECT 'outbox_pending', NULL, NULL, COUNT(*)::float8
FROM event_outbox WHERE published_at IS NULL AND dead_at IS NULL

UNION ALL
SELECT 'outbox_oldest_pending_age', NULL, NULL,
       COALESCE(EXTRACT(EPOCH FROM (now() - MIN(created_at))), 0)::float8
FROM event_outbox WHERE published_at IS NULL AND dead_at IS NULL

UNION ALL
SELECT 'outbox_dead', NULL, NULL, COUNT(*)::float8
FROM event_outbox WHERE dead_at IS NOT NULL

UNION ALL
SELECT 'review_pending', kind, NULL, COUNT(*)::float8
FROM model_review_queue WHERE status = 'pending'
GROUP BY kind
