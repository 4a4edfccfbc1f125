-- ============================================================================
-- The one live definition of selection in SQL (repeatable: Flyway re-applies it whenever it changes).
--
--   selection_catalog        every model selection knows of, enabled or not, with what ranks it; the
--                            service loads it whole into memory (selection/RegistrySnapshotLoader) and
--                            ranks there, so this view is the single source of the row shape
--   unified_model_registry   the spec's view (36.2): the enabled rows of selection_catalog, same columns
--   model_readiness_rank     the spec's thermal order (DESIGN.md §3 item 3)
--   estimated_cost_per_request  one request's estimated list price (docs/api.md)
--   select_model_candidates  the reference ranking: the Java engine must give the same ordered answer
--                            (SelectionDifferentialTest proves it on random catalogs and criteria)
--   select_model             the spec's 8-argument function, same order, for psql users (spec 36.8)
--
-- Everything is CREATE OR REPLACE so that a database migrated by the former V10-V12 is taken over too.
-- ============================================================================

-- Readiness rank, lower is readier: HOT 0, WARM 1, COLD 2 (self-hosted), external 3, then OFF or a
-- self-hosted model with no thermal row 4. COLD before external is the spec's order (its CASE puts the
-- NULL thermal state of external models after COLD): a COLD model that ranks first gets warmed while a
-- ready external model answers. OFF (no endpoint, failed) after external: it cannot serve soon.
CREATE OR REPLACE FUNCTION model_readiness_rank(p_hosting_type VARCHAR, p_thermal_state VARCHAR)
RETURNS INTEGER AS $$
    SELECT CASE
        WHEN p_hosting_type = 'external' THEN 3
        WHEN p_thermal_state = 'HOT' THEN 0
        WHEN p_thermal_state = 'WARM' THEN 1
        WHEN p_thermal_state = 'COLD' THEN 2
        ELSE 4
    END;
$$ LANGUAGE sql IMMUTABLE;

-- One request's estimated list price (USD, before markup), per pricing type:
--   per_request               cost_per_request
--   per_token / per_character 1k input + 1k output units: input_cost_per_1k + output_cost_per_1k
--   per_image                 one image: cost_per_image
--   per_second                a 10-second job: 10 × cost_per_second
--   per_minute                one minute: cost_per_minute
--   anything else (self-hosted per_hour): its per-request price, else per-image, else per-minute price
-- NULL when the model has none of the prices its type needs.
CREATE OR REPLACE FUNCTION estimated_cost_per_request(
    p_pricing_type VARCHAR,
    p_input_cost_per_1k NUMERIC,
    p_output_cost_per_1k NUMERIC,
    p_cost_per_request NUMERIC,
    p_cost_per_second NUMERIC,
    p_cost_per_image NUMERIC,
    p_cost_per_minute NUMERIC
)
RETURNS NUMERIC AS $$
    SELECT CASE p_pricing_type
        WHEN 'per_request' THEN p_cost_per_request
        WHEN 'per_token' THEN
            CASE WHEN p_input_cost_per_1k IS NULL AND p_output_cost_per_1k IS NULL THEN NULL
                 ELSE COALESCE(p_input_cost_per_1k, 0) + COALESCE(p_output_cost_per_1k, 0) END
        WHEN 'per_character' THEN
            CASE WHEN p_input_cost_per_1k IS NULL AND p_output_cost_per_1k IS NULL THEN NULL
                 ELSE COALESCE(p_input_cost_per_1k, 0) + COALESCE(p_output_cost_per_1k, 0) END
        WHEN 'per_image' THEN p_cost_per_image
        WHEN 'per_second' THEN p_cost_per_second * 10
        WHEN 'per_minute' THEN p_cost_per_minute
        ELSE COALESCE(p_cost_per_request, p_cost_per_image, p_cost_per_minute)
    END;
$$ LANGUAGE sql IMMUTABLE;

-- True when the provider no longer serves the model: its retirement date (the last day it is served)
-- lies before today, UTC. The Java engine decides with the same rule (CatalogModel.isRetired).
CREATE OR REPLACE FUNCTION model_is_retired(p_retirement_date DATE)
RETURNS BOOLEAN AS $$
    SELECT COALESCE(p_retirement_date < (now() AT TIME ZONE 'UTC')::DATE, FALSE);
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE VIEW selection_catalog AS
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
    -- prompt_caching follows from a cache-read price, whoever set it (DESIGN.md §4.5)
    (CASE WHEN m.cache_read_cost_per_1k IS NOT NULL AND NOT 'prompt_caching' = ANY(m.capabilities)
          THEN m.capabilities || 'prompt_caching'::TEXT ELSE m.capabilities END) AS capabilities,
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
    (m.enabled AND p.enabled) AS enabled,
    m.deprecated,
    ph.status AS health_status,
    ph.avg_latency_ms,
    ph.error_rate,
    p.compliance,
    NULL::VARCHAR AS license,
    TRUE AS commercial_use_allowed,
    1 AS min_tier,
    m.created_at,
    m.updated_at,
    m.retirement_date,
    model_readiness_rank('external', NULL) AS readiness_rank,
    (CASE ph.status WHEN 'healthy' THEN 0 WHEN 'degraded' THEN 1 ELSE 2 END) AS health_rank,
    estimated_cost_per_request(m.pricing_type, m.input_cost_per_1k, m.output_cost_per_1k, m.cost_per_request,
        m.cost_per_second, m.cost_per_image, m.cost_per_minute) AS estimated_cost_per_request,
    -- appended last: CREATE OR REPLACE VIEW only adds columns at the end
    m.cache_read_cost_per_1k::NUMERIC AS cache_read_cost_per_1k,
    m.cache_write_cost_per_1k::NUMERIC AS cache_write_cost_per_1k,
    m.cache_write_1h_cost_per_1k::NUMERIC AS cache_write_1h_cost_per_1k,
    m.reasoning_cost_per_1k::NUMERIC AS reasoning_cost_per_1k,
    m.batch_input_cost_per_1k::NUMERIC AS batch_input_cost_per_1k,
    m.batch_output_cost_per_1k::NUMERIC AS batch_output_cost_per_1k,
    m.price_tiers,
    m.deprecation_date,
    m.successor_model_id::VARCHAR AS successor_model_id,
    -- which source set each price (no model_field_sources row: curated), for the cost endpoint's "sources"
    (SELECT jsonb_object_agg(s.field, s.source) FROM model_field_sources s
     WHERE s.provider_id = m.provider_id AND s.model_id = m.model_id
       AND (s.field LIKE '%cost_per%' OR s.field = 'price_tiers')) AS price_sources,
    GREATEST(m.updated_at, (SELECT max(h.changed_at) FROM model_price_history h
                            WHERE h.provider_id = m.provider_id AND h.model_id = m.model_id)) AS prices_as_of
FROM models m
JOIN providers p ON m.provider_id = p.id
LEFT JOIN provider_health ph ON p.id = ph.provider_id AND ph.region = 'us-east-1'

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
    sh.updated_at,
    NULL::DATE AS retirement_date,
    model_readiness_rank('self_hosted', ts.current_state) AS readiness_rank,
    (CASE WHEN ts.current_state IN ('WARM', 'HOT') THEN 0 ELSE 2 END) AS health_rank,
    estimated_cost_per_request('per_hour', NULL, NULL, sh.per_request, NULL, sh.per_image,
        sh.per_minute_audio) AS estimated_cost_per_request,
    NULL::NUMERIC AS cache_read_cost_per_1k,
    NULL::NUMERIC AS cache_write_cost_per_1k,
    NULL::NUMERIC AS cache_write_1h_cost_per_1k,
    NULL::NUMERIC AS reasoning_cost_per_1k,
    NULL::NUMERIC AS batch_input_cost_per_1k,
    NULL::NUMERIC AS batch_output_cost_per_1k,
    NULL::JSONB AS price_tiers,
    NULL::DATE AS deprecation_date,
    NULL::VARCHAR AS successor_model_id,
    NULL::JSONB AS price_sources,
    sh.updated_at AS prices_as_of
FROM self_hosted_models sh
LEFT JOIN thermal_states ts ON sh.model_id = ts.model_id;

-- The spec's view: the enabled models, with the columns the admin API and psql users know.
CREATE OR REPLACE VIEW unified_model_registry AS
SELECT id, provider_id, provider_name, model_id, litellm_id, name, display_name, description, hosting_type,
       category, capabilities, input_modalities, output_modalities, primary_mode, context_window, max_output,
       pricing_type, input_cost_per_1k, output_cost_per_1k, cost_per_request, cost_per_second, cost_per_image,
       cost_per_minute, markup_rate, instance_type, gpu_memory_gb, thermal_state, is_transitioning,
       warmup_time_seconds, enabled, deprecated, health_status, avg_latency_ms, error_rate, compliance, license,
       commercial_use_allowed, min_tier, created_at, updated_at
FROM selection_catalog
WHERE enabled;

-- The reference ranking (docs/api.md "Selection order"), in one result set:
--   role 'primary'     the models matching every criterion under preferHosting, ranked 1..p_limit by
--                      preferProvider first, readiness, average latency (unknown last), health
--                      (healthy, degraded, unknown), model_id, provider_id (byte order: COLLATE "C")
--   role 'alternative' the best external model matching every criterion but preferHosting
--   role 'default'     the task's default model (p_default_model_id), only when no primary matched,
--                      when it suits the tenant's tier, HIPAA, the modalities, the required capabilities
--                      and the minimum context window, and is neither deprecated nor retired
-- A model is excluded when unhealthy, deprecated, disabled or retired, whatever the criteria.
CREATE OR REPLACE FUNCTION select_model_candidates(
    p_task VARCHAR,
    p_input_modalities TEXT[],
    p_output_modalities TEXT[],
    p_tenant_tier INTEGER,
    p_prefer_hosting VARCHAR DEFAULT 'any',
    p_required_capabilities TEXT[] DEFAULT '{}'::TEXT[],
    p_min_context_window INTEGER DEFAULT NULL,
    p_require_hipaa BOOLEAN DEFAULT FALSE,
    p_prefer_providers TEXT[] DEFAULT '{}'::TEXT[],
    p_max_latency_ms INTEGER DEFAULT NULL,
    p_max_cost_per_request NUMERIC DEFAULT NULL,
    p_default_model_id VARCHAR DEFAULT NULL,
    p_limit INTEGER DEFAULT 10
)
RETURNS TABLE (
    role VARCHAR,
    candidate_rank INTEGER,
    model_id VARCHAR,
    display_name VARCHAR,
    hosting_type VARCHAR,
    provider_id VARCHAR,
    provider_name VARCHAR,
    primary_mode VARCHAR,
    thermal_state VARCHAR,
    warmup_required BOOLEAN,
    warmup_time_seconds INTEGER,
    health_status VARCHAR,
    litellm_id VARCHAR,
    avg_latency_ms INTEGER,
    pricing_type VARCHAR,
    estimated_cost_per_request NUMERIC,
    markup_rate NUMERIC
) AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH matching AS (
        SELECT u.*,
               (p_prefer_hosting = 'any' OR u.hosting_type = p_prefer_hosting) AS hosting_ok,
               (u.provider_id = ANY(p_prefer_providers) OR lower(u.provider_name) = ANY(p_prefer_providers))
                   AS preferred
        FROM selection_catalog u
        WHERE u.primary_mode = p_task
          AND p_input_modalities <@ u.input_modalities
          AND p_output_modalities <@ u.output_modalities
          AND u.min_tier <= p_tenant_tier
          AND p_required_capabilities <@ u.capabilities
          AND (p_min_context_window IS NULL OR u.context_window >= p_min_context_window)
          AND (NOT p_require_hipaa OR 'HIPAA' = ANY(u.compliance))
          AND u.health_status IS DISTINCT FROM 'unhealthy'
          AND (p_max_latency_ms IS NULL OR u.avg_latency_ms IS NULL OR u.avg_latency_ms <= p_max_latency_ms)
          AND (p_max_cost_per_request IS NULL OR u.estimated_cost_per_request IS NULL
               OR u.estimated_cost_per_request <= p_max_cost_per_request)
          AND NOT u.deprecated
          AND u.enabled
          AND NOT model_is_retired(u.retirement_date)
    ),
    primaries AS (
        SELECT m.*, row_number() OVER (
                   ORDER BY m.preferred DESC, m.readiness_rank, m.avg_latency_ms ASC NULLS LAST, m.health_rank,
                            m.model_id COLLATE "C", m.provider_id COLLATE "C")::INTEGER AS rnk
        FROM matching m
        WHERE m.hosting_ok
    ),
    alternative AS (
        SELECT m.* FROM matching m
        WHERE m.hosting_type = 'external'
        ORDER BY m.preferred DESC, m.avg_latency_ms ASC NULLS LAST, m.health_rank,
                 m.model_id COLLATE "C", m.provider_id COLLATE "C"
        LIMIT 1
    ),
    fallback AS (
        SELECT u.* FROM selection_catalog u
        WHERE p_default_model_id IS NOT NULL
          AND u.model_id = p_default_model_id
          AND NOT EXISTS (SELECT 1 FROM primaries)
          AND u.enabled
          AND NOT u.deprecated
          AND NOT model_is_retired(u.retirement_date)
          AND u.min_tier <= p_tenant_tier
          AND (NOT p_require_hipaa OR 'HIPAA' = ANY(u.compliance))
          -- the caller's hard requirements bind the default too: a model without them is no answer
          AND p_input_modalities <@ u.input_modalities
          AND p_output_modalities <@ u.output_modalities
          AND p_required_capabilities <@ u.capabilities
          AND (p_min_context_window IS NULL OR u.context_window >= p_min_context_window)
        ORDER BY u.readiness_rank, u.provider_id COLLATE "C"
        LIMIT 1
    )
    SELECT 'primary'::VARCHAR, p.rnk, p.model_id, p.display_name, p.hosting_type, p.provider_id, p.provider_name,
           p.primary_mode, p.thermal_state, (p.hosting_type = 'self_hosted' AND p.readiness_rank >= 2),
           p.warmup_time_seconds, p.health_status, p.litellm_id, p.avg_latency_ms, p.pricing_type,
           p.estimated_cost_per_request, p.markup_rate
    FROM primaries p
    WHERE p.rnk <= p_limit
    UNION ALL
    SELECT 'alternative'::VARCHAR, NULL::INTEGER, a.model_id, a.display_name, a.hosting_type, a.provider_id,
           a.provider_name, a.primary_mode, a.thermal_state, FALSE, a.warmup_time_seconds, a.health_status,
           a.litellm_id, a.avg_latency_ms, a.pricing_type, a.estimated_cost_per_request, a.markup_rate
    FROM alternative a
    UNION ALL
    SELECT 'default'::VARCHAR, NULL::INTEGER, f.model_id, f.display_name, f.hosting_type, f.provider_id,
           f.provider_name, f.primary_mode, f.thermal_state, (f.hosting_type = 'self_hosted' AND f.readiness_rank >= 2),
           f.warmup_time_seconds, f.health_status, f.litellm_id, f.avg_latency_ms, f.pricing_type,
           f.estimated_cost_per_request, f.markup_rate
    FROM fallback f
    ORDER BY 1 DESC, 2;
END;
$$ LANGUAGE plpgsql STABLE;

-- The spec's select_model() (36.2), same signature and result columns: the ranked primaries of the
-- reference ranking, so psql users see the order the API answers in.
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
    SELECT c.model_id, c.display_name, c.hosting_type, c.provider_name, c.primary_mode, c.thermal_state,
           c.warmup_required, c.warmup_time_seconds, c.health_status
    FROM select_model_candidates(p_task, p_input_modalities, p_output_modalities, p_tenant_tier,
                                 p_prefer_hosting, p_required_capabilities, p_min_context_window,
                                 p_require_hipaa) c
    WHERE c.role = 'primary'
    ORDER BY c.candidate_rank;
$$ LANGUAGE sql STABLE;
