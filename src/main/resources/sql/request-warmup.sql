-- Ask the thermal manager to warm a self-hosted model, once: a model already on its way to WARM is
-- left alone unless its last request is older than the retry period (the thermal sync clears
-- is_transitioning when the endpoint is in service).
UPDATE thermal_states
SET target_state = 'WARM',
    is_transitioning = true,
    warmup_requested_at = NOW(),
    updated_at = NOW()
WHERE model_id = :#${variable.warmupModelId}
  AND current_state IN ('COLD', 'OFF')
  AND (target_state IS DISTINCT FROM 'WARM'
       OR NOT is_transitioning
       OR warmup_requested_at IS NULL
       OR warmup_requested_at < NOW() - make_interval(secs => CAST(:#${properties:registry.selection.warmup-retry-after-seconds} AS INTEGER)))
