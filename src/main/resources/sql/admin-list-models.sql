-- GET /api/v2/admin/registry/models: the registry, filtered (each filter NULL = not applied). The rows come from
-- selection_catalog, which keeps disabled models too: without a status only the enabled ones (the spec's
-- unified_model_registry), with status=disabled the disabled ones, so an operator can find them to enable again.
-- The filter is the checked query parameters, variable modelFilter (admin/AdminRegistry.modelFilter).
SELECT u.id, u.provider_id, u.provider_name, u.model_id, u.litellm_id, u.name, u.display_name, u.description,
       u.hosting_type, u.category, u.capabilities, u.input_modalities, u.output_modalities, u.primary_mode,
       u.context_window, u.max_output, u.pricing_type, u.input_cost_per_1k, u.output_cost_per_1k, u.cost_per_request,
       u.cost_per_second, u.cost_per_image, u.cost_per_minute, u.markup_rate, u.instance_type, u.gpu_memory_gb,
       u.thermal_state, u.is_transitioning, u.warmup_time_seconds, u.enabled, u.deprecated, u.health_status,
       u.avg_latency_ms, u.error_rate, u.compliance, u.license, u.commercial_use_allowed, u.min_tier, u.created_at,
       u.updated_at
FROM selection_catalog u
WHERE (CAST(:#${variable.modelFilter.category} AS VARCHAR) IS NULL OR u.category = CAST(:#${variable.modelFilter.category} AS VARCHAR))
  AND (CAST(:#${variable.modelFilter.hostingType} AS VARCHAR) IS NULL OR u.hosting_type = CAST(:#${variable.modelFilter.hostingType} AS VARCHAR))
  AND u.enabled = COALESCE(CAST(:#${variable.modelFilter.enabled} AS BOOLEAN), true)
  AND (CAST(:#${variable.modelFilter.deprecated} AS BOOLEAN) IS NULL OR u.deprecated = CAST(:#${variable.modelFilter.deprecated} AS BOOLEAN))
ORDER BY u.hosting_type, u.category, u.display_name
