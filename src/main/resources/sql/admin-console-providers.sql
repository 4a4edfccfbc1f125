-- GET /api/v2/admin/registry/providers: every provider with its health figures (us-east-1, the region
-- health syncs probe) and how many of its models are active; a provider never probed has NULL figures.
SELECT p.id AS provider_id,
       p.display_name,
       p.discovery_kind,
       p.enabled,
       ph.status,
       ph.auth_status,
       ph.avg_latency_ms,
       ph.p95_latency_ms,
       ph.p99_latency_ms,
       ph.error_rate,
       ph.success_rate,
       ph.last_check_at,
       ph.last_success_at,
       ph.last_failure_at,
       ph.last_error,
       (SELECT COUNT(*) FROM models m
         WHERE m.provider_id = p.id AND m.enabled AND NOT m.deprecated) AS active_models
FROM providers p
LEFT JOIN provider_health ph ON ph.provider_id = p.id AND ph.region = 'us-east-1'
ORDER BY p.display_name, p.id
