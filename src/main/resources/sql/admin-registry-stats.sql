-- GET /api/v2/admin/registry/stats: spec 36.7's counts, plus OFF, deprecated and transitioning models, and the
-- outbox: events still to send and events EventBridge refused for good (dead).
SELECT
    COUNT(*) FILTER (WHERE hosting_type = 'external') AS external_count,
    COUNT(*) FILTER (WHERE hosting_type = 'self_hosted') AS self_hosted_count,
    COUNT(*) FILTER (WHERE health_status = 'healthy') AS healthy_count,
    COUNT(*) FILTER (WHERE health_status = 'unhealthy') AS unhealthy_count,
    COUNT(*) FILTER (WHERE thermal_state = 'HOT') AS hot_count,
    COUNT(*) FILTER (WHERE thermal_state = 'WARM') AS warm_count,
    COUNT(*) FILTER (WHERE thermal_state = 'COLD') AS cold_count,
    COUNT(*) FILTER (WHERE thermal_state = 'OFF') AS off_count,
    COUNT(*) FILTER (WHERE is_transitioning) AS transitioning_count,
    COUNT(*) FILTER (WHERE deprecated) AS deprecated_count,
    COUNT(DISTINCT category) AS category_count,
    COUNT(DISTINCT provider_name) AS provider_count,
    (SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL AND dead_at IS NULL) AS outbox_pending_count,
    (SELECT COUNT(*) FROM event_outbox WHERE dead_at IS NOT NULL) AS outbox_dead_count
FROM unified_model_registry
