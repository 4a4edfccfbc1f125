-- ============================================================================
-- Model selection in one round trip (REST issue), honouring the criteria the
-- spec declares but select_model() ignores (DESIGN.md §3 defect 6):
--   preferProvider     → those providers rank first
--   maxLatencyMs       → exclude models whose measured average latency is above it
--                        (unknown latency is not excluded)
--   maxCostPerRequest  → exclude models whose estimated cost of one request is above it
--                        (unknown cost is not excluded); see estimated_cost_per_request()
--
-- select_model_candidates() is the one place where the ranking lives. It returns, in one
-- result set, everything the fallback logic needs (io.radiant.registry.selection.ModelSelector):
--   role 'primary'     the ranked candidates under the caller's preferHosting (candidate_rank 1..p_limit)
--   role 'alternative' the best external model matching every other criterion, ignoring
--                      preferHosting (the spec's fallback asks for it with preferHosting = 'external');
--                      external models are always ready, unhealthy ones are excluded
--   role 'default'     the task's default model (p_default_model_id), only when no primary matched,
--                      only if its min_tier allows the tenant, it is not deprecated and, when HIPAA
--                      is required, its provider is HIPAA compliant
-- select_model() keeps the spec's signature and result columns and is redefined on top of it.
-- ============================================================================

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

-- The default-model lookup filters the view by model_id; without this index it scans every model.
CREATE INDEX IF NOT EXISTS idx_models_model_id ON models(model_id);

-- Selection walks each provider's models of one task in model_id order (select_model_candidates).
-- The second column is the view's primary_mode expression for external models, written exactly as
-- unified_model_registry computes it (V2) so that the planner matches it through the view; if the view's
-- expression changes, this index must follow (SelectionIndexTest checks that the planner still uses it).
CREATE INDEX IF NOT EXISTS idx_models_selection ON models (
    provider_id,
    ((CASE
        WHEN 'chat' = ANY(capabilities) THEN 'chat'
        WHEN 'completion' = ANY(capabilities) THEN 'completion'
        WHEN 'embedding' = ANY(capabilities) OR category = 'embedding' THEN 'embedding'
        WHEN category = 'image_generation' THEN 'image'
        WHEN category = 'video_generation' THEN 'video'
        WHEN category IN ('audio_generation', 'text_to_speech') THEN 'audio'
        WHEN category = 'speech_to_text' THEN 'transcription'
        WHEN category = 'search' THEN 'search'
        WHEN category = '3d_generation' THEN '3d'
        ELSE 'other'
    END)::VARCHAR),
    model_id);

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
    -- plpgsql, not sql: PostgreSQL 15 plans a non-inlined SQL function's body at every call (over 10 ms
    -- for this one), while plpgsql keeps the plan of RETURN QUERY for the session.
    RETURN QUERY
    WITH candidate_providers AS (
        -- The provider-level criteria, decided once per provider rather than once per model: health,
        -- HIPAA, measured latency, preference. These mirror the external half of unified_model_registry (V2):
        -- provider enabled, health and latency from provider_health (us-east-1), compliance from the
        -- provider, min_tier 1. SelectionCandidatesTest compares the result with a ranking over the view.
        SELECT pr.id, pr.display_name, ph.status AS health_status, ph.avg_latency_ms,
               (pr.id = ANY(p_prefer_providers) OR lower(pr.display_name) = ANY(p_prefer_providers)) AS preferred
        FROM providers pr
        LEFT JOIN provider_health ph ON ph.provider_id = pr.id AND ph.region = 'us-east-1'
        WHERE pr.enabled
          AND 1 <= p_tenant_tier
          AND ph.status IS DISTINCT FROM 'unhealthy'
          AND (NOT p_require_hipaa OR 'HIPAA' = ANY(pr.compliance))
          AND (p_max_latency_ms IS NULL OR ph.avg_latency_ms IS NULL OR ph.avg_latency_ms <= p_max_latency_ms)
    ),
    external_matches AS (
        -- External models, provider by provider, at most p_limit each in model_id order. Within one provider
        -- every ranking key but model_id is the provider's (readiness 1, its latency, health and preference),
        -- so its share of the global top p_limit is a prefix of this list: the union of the prefixes holds the
        -- exact top p_limit, and each provider stops after p_limit matches of the task (index
        -- idx_models_selection) instead of every model of the catalog being joined, filtered and sorted.
        SELECT x.model_id, x.display_name, 'external'::VARCHAR AS hosting_type, cp.id AS provider_id,
               cp.display_name AS provider_name, p_task AS primary_mode, NULL::VARCHAR AS thermal_state,
               NULL::INTEGER AS warmup_time_seconds, cp.health_status, x.litellm_id, cp.avg_latency_ms,
               x.pricing_type, x.markup_rate::NUMERIC AS markup_rate,
               (p_prefer_hosting IN ('any', 'external')) AS hosting_ok,
               cp.preferred,
               1 AS readiness,
               CASE cp.health_status WHEN 'healthy' THEN 0 WHEN 'degraded' THEN 1 ELSE 2 END AS health_rank,
               x.est_cost
        FROM candidate_providers cp
        CROSS JOIN LATERAL (
            SELECT m.model_id, m.display_name, m.litellm_id, m.pricing_type, m.markup_rate,
                   estimated_cost_per_request(m.pricing_type, m.input_cost_per_1k, m.output_cost_per_1k,
                       m.cost_per_request, m.cost_per_second, m.cost_per_image, m.cost_per_minute) AS est_cost
            FROM models m
            WHERE m.provider_id = cp.id
              -- the view's primary_mode of an external model, as indexed by idx_models_selection
              AND ((CASE
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
                  END)::VARCHAR) = p_task
              AND m.enabled
              AND NOT m.deprecated
              AND p_input_modalities <@ m.input_modalities
              AND p_output_modalities <@ m.output_modalities
              AND (p_required_capabilities = '{}'::TEXT[] OR p_required_capabilities <@ m.capabilities)
              AND (p_min_context_window IS NULL OR m.context_window >= p_min_context_window)
              AND (p_max_cost_per_request IS NULL
                   OR estimated_cost_per_request(m.pricing_type, m.input_cost_per_1k, m.output_cost_per_1k,
                          m.cost_per_request, m.cost_per_second, m.cost_per_image, m.cost_per_minute) IS NULL
                   OR estimated_cost_per_request(m.pricing_type, m.input_cost_per_1k, m.output_cost_per_1k,
                          m.cost_per_request, m.cost_per_second, m.cost_per_image, m.cost_per_minute)
                      <= p_max_cost_per_request)
            ORDER BY m.model_id
            LIMIT p_limit) x
    ),
    self_hosted_matches AS (
        -- the same criteria over the self-hosted half of the view (a few dozen models, each with its own
        -- thermal state, so readiness varies within this "provider")
        SELECT u.model_id, u.display_name, u.hosting_type, u.provider_id, u.provider_name, u.primary_mode,
               u.thermal_state, u.warmup_time_seconds, u.health_status, u.litellm_id, u.avg_latency_ms,
               u.pricing_type, u.markup_rate,
               (p_prefer_hosting = 'any' OR u.hosting_type = p_prefer_hosting) AS hosting_ok,
               (u.provider_id = ANY(p_prefer_providers)
                   OR lower(u.provider_name) = ANY(p_prefer_providers)) AS preferred,
               model_readiness_rank(u.hosting_type, u.thermal_state) AS readiness,
               CASE u.health_status WHEN 'healthy' THEN 0 WHEN 'degraded' THEN 1 ELSE 2 END AS health_rank,
               estimated_cost_per_request(u.pricing_type, u.input_cost_per_1k, u.output_cost_per_1k,
                   u.cost_per_request, u.cost_per_second, u.cost_per_image, u.cost_per_minute) AS est_cost
        FROM unified_model_registry u
        WHERE u.hosting_type = 'self_hosted'
          AND u.primary_mode = p_task
          AND NOT u.deprecated
          AND p_input_modalities <@ u.input_modalities
          AND p_output_modalities <@ u.output_modalities
          AND u.min_tier <= p_tenant_tier
          AND u.health_status IS DISTINCT FROM 'unhealthy'
          AND (p_required_capabilities = '{}'::TEXT[] OR p_required_capabilities <@ u.capabilities)
          AND (p_min_context_window IS NULL OR u.context_window >= p_min_context_window)
          AND (NOT p_require_hipaa OR 'HIPAA' = ANY(u.compliance))
          AND (p_max_latency_ms IS NULL OR u.avg_latency_ms IS NULL OR u.avg_latency_ms <= p_max_latency_ms)
          AND (p_max_cost_per_request IS NULL
               OR estimated_cost_per_request(u.pricing_type, u.input_cost_per_1k, u.output_cost_per_1k,
                      u.cost_per_request, u.cost_per_second, u.cost_per_image, u.cost_per_minute) IS NULL
               OR estimated_cost_per_request(u.pricing_type, u.input_cost_per_1k, u.output_cost_per_1k,
                      u.cost_per_request, u.cost_per_second, u.cost_per_image, u.cost_per_minute)
                  <= p_max_cost_per_request)
    ),
    matching AS (
        SELECT * FROM external_matches
        UNION ALL
        SELECT * FROM self_hosted_matches
    ),
    primaries AS (
        SELECT t.*, row_number() OVER (
                   ORDER BY t.preferred DESC, t.readiness, t.avg_latency_ms ASC NULLS LAST, t.health_rank,
                            t.model_id, t.provider_id)::INTEGER AS rnk
        FROM (SELECT m.* FROM matching m
              WHERE m.hosting_ok
              ORDER BY m.preferred DESC, m.readiness, m.avg_latency_ms ASC NULLS LAST, m.health_rank,
                       m.model_id, m.provider_id
              LIMIT p_limit) t
    ),
    alternative AS (
        SELECT m.* FROM matching m
        WHERE m.hosting_type = 'external'
        ORDER BY m.preferred DESC, m.avg_latency_ms ASC NULLS LAST, m.health_rank, m.model_id, m.provider_id
        LIMIT 1
    ),
    fallback AS (
        SELECT u.model_id, u.display_name, u.hosting_type, u.provider_id, u.provider_name, u.primary_mode,
               u.thermal_state, u.warmup_time_seconds, u.health_status, u.litellm_id, u.avg_latency_ms,
               u.pricing_type, u.markup_rate,
               model_readiness_rank(u.hosting_type, u.thermal_state) AS readiness,
               estimated_cost_per_request(u.pricing_type, u.input_cost_per_1k, u.output_cost_per_1k,
                   u.cost_per_request, u.cost_per_second, u.cost_per_image, u.cost_per_minute) AS est_cost
        FROM unified_model_registry u
        WHERE p_default_model_id IS NOT NULL
          AND u.model_id = p_default_model_id
          AND NOT EXISTS (SELECT 1 FROM primaries)
          AND NOT u.deprecated
          AND u.min_tier <= p_tenant_tier
          AND (NOT p_require_hipaa OR 'HIPAA' = ANY(u.compliance))
        ORDER BY model_readiness_rank(u.hosting_type, u.thermal_state), u.provider_id
        LIMIT 1
    )
    SELECT 'primary'::VARCHAR, p.rnk, p.model_id, p.display_name, p.hosting_type, p.provider_id, p.provider_name,
           p.primary_mode, p.thermal_state,
           (p.hosting_type = 'self_hosted' AND p.readiness > 1), p.warmup_time_seconds, p.health_status,
           p.litellm_id, p.avg_latency_ms, p.pricing_type, p.est_cost, p.markup_rate
    FROM primaries p
    UNION ALL
    SELECT 'alternative'::VARCHAR, NULL::INTEGER, a.model_id, a.display_name, a.hosting_type, a.provider_id,
           a.provider_name, a.primary_mode, a.thermal_state, FALSE, a.warmup_time_seconds, a.health_status,
           a.litellm_id, a.avg_latency_ms, a.pricing_type, a.est_cost, a.markup_rate
    FROM alternative a
    UNION ALL
    SELECT 'default'::VARCHAR, NULL::INTEGER, f.model_id, f.display_name, f.hosting_type, f.provider_id,
           f.provider_name, f.primary_mode, f.thermal_state,
           (f.hosting_type = 'self_hosted' AND f.readiness > 1), f.warmup_time_seconds, f.health_status,
           f.litellm_id, f.avg_latency_ms, f.pricing_type, f.est_cost, f.markup_rate
    FROM fallback f;
END;
$$ LANGUAGE plpgsql STABLE;

-- The spec's select_model(), same signature and result columns, ranked by select_model_candidates().
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
