-- GET /api/v2/admin/registry/stats: spec 36.7's counts, plus OFF, deprecated and transitioning models.
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
    COUNT(DISTINCT provider_name) AS provider_count
FROM unified_model_registry
