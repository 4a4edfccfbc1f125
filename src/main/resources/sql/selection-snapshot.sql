-- Everything selection holds in memory (selection/RegistrySnapshotLoader): every model of the catalog,
-- enabled or not, so that explain can say why one is excluded.
SELECT model_id, display_name, hosting_type, provider_id, provider_name, primary_mode, thermal_state,
       warmup_time_seconds, health_status, litellm_id, avg_latency_ms, estimated_cost_per_request,
       capabilities, input_modalities, output_modalities, context_window,
       ('HIPAA' = ANY(compliance)) AS hipaa,
       min_tier, enabled, deprecated, retirement_date, readiness_rank, health_rank
FROM selection_catalog
