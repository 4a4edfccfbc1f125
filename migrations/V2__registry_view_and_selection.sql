-- ============================================================================
-- unified_model_registry view and select_model() (spec 36.2), with fixes:
--  * no index on the undefined models.is_self_hosted, no unified_model_stats (defect 9)
--  * select_model ranks by readiness: an external model is ready; a self-hosted one
--    is ready only when WARM or HOT. COLD and OFF (no endpoint) need a warm-up and
--    rank after every ready model; OFF ranks last (defect 3)
--  * deprecated models are never selected
-- ============================================================================

CREATE OR REPLACE VIEW unified_model_registry AS
SELECT
    m.id::TEXT AS id,
    m.provider_id,
    p.display_name AS provider_name,
    m.model_id,
    m.litellm_id,
    m.name,
    m.display_name,
    m.description,
    'external'::VARCHAR AS hosting_type,
    m.category,
    m.capabilities,
    m.input_modalities,
    m.output_modalities,
    (CASE
        WHEN 'chat' = ANY(m.capabilities) THEN 'chat'
        WHEN 'completion' = ANY(m.capabilities) THEN 'completion'
        WHEN 'embedding' = ANY(m.capabilities) OR m.category = 'embedding' THEN 'embedding'
        WHEN m.category = 'image_generation' THEN 'image'
        WHEN m.category = 'video_generation' THEN 'video'
        WHEN m.category IN ('audio_generation', 'text_to_speech') THEN 'audio'
        WHEN m.category = 'speech_to_text' THEN 'transcription'
        WHEN m.category = 'search' THEN 'search'
        WHEN m.category = '3d_generation' THEN '3d'
        ELSE 'other'
    END)::VARCHAR AS primary_mode,
    m.context_window,
    m.max_output,
    m.pricing_type,
    m.input_cost_per_1k::NUMERIC AS input_cost_per_1k,
    m.output_cost_per_1k::NUMERIC AS output_cost_per_1k,
    m.cost_per_request::NUMERIC AS cost_per_request,
    m.cost_per_second::NUMERIC AS cost_per_second,
    m.cost_per_image::NUMERIC AS cost_per_image,
    m.cost_per_minute::NUMERIC AS cost_per_minute,
    m.markup_rate::NUMERIC AS markup_rate,
    NULL::VARCHAR AS instance_type,
    NULL::INTEGER AS gpu_memory_gb,
    NULL::VARCHAR AS thermal_state,
    NULL::BOOLEAN AS is_transitioning,
    NULL::INTEGER AS warmup_time_seconds,
    m.enabled,
    m.deprecated,
    ph.status AS health_status,
    ph.avg_latency_ms,
    ph.error_rate,
    p.compliance,
    NULL::VARCHAR AS license,
    TRUE AS commercial_use_allowed,
    1 AS min_tier,
    m.created_at,
    m.updated_at
FROM models m
JOIN providers p ON m.provider_id = p.id
LEFT JOIN provider_health ph ON p.id = ph.provider_id AND ph.region = 'us-east-1'
WHERE m.enabled = true AND p.enabled = true

UNION ALL

SELECT
    sh.id::TEXT AS id,
    'self_hosted'::VARCHAR AS provider_id,
    'RADIANT Self-Hosted'::VARCHAR AS provider_name,
    sh.model_id,
    ('sagemaker/' || sh.model_id)::VARCHAR AS litellm_id,
    sh.name,
    sh.display_name,
    sh.description,
    'self_hosted'::VARCHAR AS hosting_type,
    sh.category,
    sh.capabilities,
    sh.input_modalities,
    sh.output_modalities,
    sh.primary_mode,
    sh.context_window,
    sh.max_output,
    'per_hour'::VARCHAR AS pricing_type,
    NULL::NUMERIC AS input_cost_per_1k,
    NULL::NUMERIC AS output_cost_per_1k,
    sh.per_request AS cost_per_request,
    NULL::NUMERIC AS cost_per_second,
    sh.per_image AS cost_per_image,
    sh.per_minute_audio AS cost_per_minute,
    sh.markup_percent / 100 AS markup_rate,
    sh.instance_type,
    sh.gpu_memory_gb,
    ts.current_state AS thermal_state,
    ts.is_transitioning,
    sh.warmup_time_seconds,
    sh.enabled,
    sh.deprecated,
    (CASE WHEN ts.current_state IN ('WARM', 'HOT') THEN 'healthy' ELSE 'unknown' END)::VARCHAR AS health_status,
    NULL::INTEGER AS avg_latency_ms,
    NULL::NUMERIC AS error_rate,
    ARRAY[]::TEXT[] AS compliance,
    sh.license,
    sh.commercial_use_allowed,
    sh.min_tier,
    sh.created_at,
    sh.updated_at
FROM self_hosted_models sh
LEFT JOIN thermal_states ts ON sh.model_id = ts.model_id
WHERE sh.enabled = true;

-- Readiness rank used by selection: lower is readier.
--   HOT 0 · WARM or external (always ready) 1 · COLD 2 · OFF / unknown endpoint 3
CREATE OR REPLACE FUNCTION model_readiness_rank(p_hosting_type VARCHAR, p_thermal_state VARCHAR)
RETURNS INTEGER AS $$
    SELECT CASE
        WHEN p_hosting_type = 'external' THEN 1
        WHEN p_thermal_state = 'HOT' THEN 0
        WHEN p_thermal_state = 'WARM' THEN 1
        WHEN p_thermal_state = 'COLD' THEN 2
        ELSE 3
    END;
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION select_model(
    p_task VARCHAR(20),
    p_input_modalities TEXT[],
    p_output_modalities TEXT[],
    p_tenant_tier INTEGER,
    p_prefer_hosting VARCHAR(20) DEFAULT 'any',
    p_required_capabilities TEXT[] DEFAULT '{}'::TEXT[],
    p_min_context_window INTEGER DEFAULT NULL,
    p_require_hipaa BOOLEAN DEFAULT FALSE
)
RETURNS TABLE (
    model_id VARCHAR,
    display_name VARCHAR,
    hosting_type VARCHAR,
    provider_name VARCHAR,
    primary_mode VARCHAR,
    thermal_state VARCHAR,
    warmup_required BOOLEAN,
    warmup_time_seconds INTEGER,
    health_status VARCHAR
) AS $$
BEGIN
    RETURN QUERY
    SELECT
        u.model_id,
        u.display_name,
        u.hosting_type,
        u.provider_name,
        u.primary_mode,
        u.thermal_state,
        (u.hosting_type = 'self_hosted' AND u.thermal_state IS DISTINCT FROM 'WARM'
                                        AND u.thermal_state IS DISTINCT FROM 'HOT') AS warmup_required,
        u.warmup_time_seconds,
        u.health_status
    FROM unified_model_registry u
    WHERE u.primary_mode = p_task
      AND NOT u.deprecated
      AND p_input_modalities <@ u.input_modalities
      AND p_output_modalities <@ u.output_modalities
      AND u.min_tier <= p_tenant_tier
      AND u.health_status IS DISTINCT FROM 'unhealthy'
      AND (p_prefer_hosting = 'any' OR u.hosting_type = p_prefer_hosting)
      AND (p_required_capabilities = '{}'::TEXT[] OR p_required_capabilities <@ u.capabilities)
      AND (p_min_context_window IS NULL OR u.context_window >= p_min_context_window)
      AND (NOT p_require_hipaa OR 'HIPAA' = ANY(u.compliance))
    ORDER BY
        model_readiness_rank(u.hosting_type, u.thermal_state),
        u.avg_latency_ms ASC NULLS LAST,
        CASE u.health_status WHEN 'healthy' THEN 0 WHEN 'degraded' THEN 1 ELSE 2 END,
        u.model_id
    LIMIT 10;
END;
$$ LANGUAGE plpgsql STABLE;
