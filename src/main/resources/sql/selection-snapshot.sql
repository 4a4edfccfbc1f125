-- Everything selection holds in memory (selection/RegistrySnapshotLoader): every model of the catalog,
-- enabled or not, so that explain can say why one is excluded.
SELECT model_id, display_name, hosting_type, provider_id, provider_name, primary_mode, thermal_state,
       warmup_time_seconds, health_status, litellm_id, avg_latency_ms, estimated_cost_per_request,
       capabilities, input_modalities, output_modalities, context_window,
       ('HIPAA' = ANY(compliance)) AS hipaa,
       min_tier, enabled, deprecated, retirement_date, readiness_rank, health_rank,
       -- what the cost endpoint and cost-aware selection price with (CostEstimator), and lifecycle for answers
       pricing_type, input_cost_per_1k, output_cost_per_1k, cost_per_request, cache_read_cost_per_1k,
       cache_write_cost_per_1k, cache_write_1h_cost_per_1k, reasoning_cost_per_1k, batch_input_cost_per_1k,
       batch_output_cost_per_1k, CAST(price_tiers AS text) AS price_tiers, CAST(price_sources AS text) AS price_sources,
       prices_as_of, deprecation_date, successor_model_id
FROM selection_catalog
