-- Every enabled self-hosted model with its thermal row, in model order. A model without a row yet (added
-- after the seed by something that did not create one) is read in its default thermal state, recorded = false,
-- and gets its row from the write.
SELECT sh.model_id,
       sh.min_instances,
       ts.model_id IS NOT NULL                              AS recorded,
       COALESCE(ts.current_state, sh.default_thermal_state) AS current_state,
       ts.target_state,
       COALESCE(ts.is_transitioning, false)                 AS is_transitioning,
       ts.endpoint_status,
       ts.instance_count,
       ts.last_error
FROM self_hosted_models sh
LEFT JOIN thermal_states ts ON ts.model_id = sh.model_id
WHERE sh.enabled
ORDER BY sh.model_id
