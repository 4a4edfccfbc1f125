-- Every enabled self-hosted model with its thermal row (V30 guarantees one per model), in model order.
SELECT sh.model_id,
       sh.min_instances,
       ts.current_state,
       ts.target_state,
       ts.is_transitioning,
       ts.endpoint_status,
       ts.instance_count,
       ts.last_error
FROM self_hosted_models sh
JOIN thermal_states ts ON ts.model_id = sh.model_id
WHERE sh.enabled
ORDER BY sh.model_id
