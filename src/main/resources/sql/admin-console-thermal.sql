-- GET /api/v2/admin/registry/thermal: every self-hosted model with its endpoint's thermal state.
-- warming = a warm-up was asked for and the endpoint is not in service yet (request-warmup.sql sets
-- target_state WARM; the thermal sync clears is_transitioning once it is). A model without a
-- thermal_states row has never been observed: its state is NULL, not guessed.
SELECT sh.model_id,
       sh.display_name,
       sh.category,
       sh.specialty,
       sh.instance_type,
       sh.warmup_time_seconds,
       sh.enabled,
       ts.current_state,
       ts.target_state,
       COALESCE(ts.is_transitioning, false) AS is_transitioning,
       COALESCE(ts.target_state IN ('WARM', 'HOT') AND ts.current_state IN ('OFF', 'COLD'), false) AS warming,
       ts.endpoint_status,
       ts.instance_count,
       ts.warmup_requested_at,
       ts.last_checked_at,
       ts.state_changed_at,
       ts.last_error
FROM self_hosted_models sh
LEFT JOIN thermal_states ts ON ts.model_id = sh.model_id
ORDER BY sh.category, sh.display_name, sh.model_id
