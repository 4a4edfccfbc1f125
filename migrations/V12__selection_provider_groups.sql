-- ============================================================================
-- select_model_candidates(): providers that rank alike are visited together (V11 visited them one by one).
--
-- With no health data (a fresh registry: every provider's latency and health unknown) all providers tie,
-- and V11 ran one statement per provider: ~21 statements, ~1.4 ms of PostgreSQL CPU per selection on the
-- shipped catalog (bench/select-load.sh). The loop now runs one statement per group of providers alike in
-- (preferred, latency, health), best group first, taking at most N models from a group in model_id order
-- (at most N from each of its providers); once N models are collected, later groups cannot place one.
-- Same signature and result (SelectionCandidatesTest compares it with the plain ranking over the view).
-- ============================================================================

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
DECLARE
    grp RECORD;
    externals selection_external_candidate[] := '{}';
BEGIN
    -- External models, by groups of providers that rank alike (same preference, latency and health), best
    -- group first. From a group: at most p_limit models of the task, in model_id order across its providers
    -- (at most p_limit from each, ordered index scan on idx_models_selection). Once p_limit models are
    -- collected, later groups cannot place one: stop. The provider-level criteria mirror the external half
    -- of unified_model_registry (V2): provider enabled, health and latency from provider_health (us-east-1),
    -- compliance from the provider, min_tier 1.
    FOR grp IN
        SELECT cp.preferred, cp.avg_latency_ms, cp.health_rank, array_agg(cp.id) AS provider_ids
        FROM (SELECT pr.id, ph.avg_latency_ms,
                     (pr.id = ANY(p_prefer_providers) OR lower(pr.display_name) = ANY(p_prefer_providers)) AS preferred,
                     CASE ph.status WHEN 'healthy' THEN 0 WHEN 'degraded' THEN 1 ELSE 2 END AS health_rank
              FROM providers pr
              LEFT JOIN provider_health ph ON ph.provider_id = pr.id AND ph.region = 'us-east-1'
              WHERE pr.enabled
                AND 1 <= p_tenant_tier
                AND ph.status IS DISTINCT FROM 'unhealthy'
                AND (NOT p_require_hipaa OR 'HIPAA' = ANY(pr.compliance))
                AND (p_max_latency_ms IS NULL OR ph.avg_latency_ms IS NULL
                     OR ph.avg_latency_ms <= p_max_latency_ms)) cp
        GROUP BY cp.preferred, cp.avg_latency_ms, cp.health_rank
        ORDER BY cp.preferred DESC, cp.avg_latency_ms ASC NULLS LAST, cp.health_rank
    LOOP
        externals := externals || ARRAY(
            SELECT ROW(x.model_id, x.display_name, pr.id, pr.display_name, ph.status, x.litellm_id,
                       ph.avg_latency_ms, x.pricing_type, x.markup_rate, grp.preferred, grp.health_rank, x.est_cost
                   )::selection_external_candidate
            FROM providers pr
            LEFT JOIN provider_health ph ON ph.provider_id = pr.id AND ph.region = 'us-east-1'
            CROSS JOIN LATERAL (
                SELECT m.model_id, m.display_name, m.litellm_id, m.pricing_type, m.markup_rate::NUMERIC AS markup_rate,
                       estimated_cost_per_request(m.pricing_type, m.input_cost_per_1k, m.output_cost_per_1k,
                           m.cost_per_request, m.cost_per_second, m.cost_per_image, m.cost_per_minute) AS est_cost
                FROM models m
                WHERE m.provider_id = pr.id
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
            WHERE pr.id = ANY(grp.provider_ids)
            ORDER BY x.model_id, pr.id
            LIMIT p_limit);
        EXIT WHEN cardinality(externals) >= p_limit;
    END LOOP;

    RETURN QUERY
    WITH external_matches AS (
        SELECT e.model_id, e.display_name, 'external'::VARCHAR AS hosting_type, e.provider_id,
               e.provider_name, p_task AS primary_mode, NULL::VARCHAR AS thermal_state,
               NULL::INTEGER AS warmup_time_seconds, e.health_status, e.litellm_id, e.avg_latency_ms,
               e.pricing_type, e.markup_rate,
               (p_prefer_hosting IN ('any', 'external')) AS hosting_ok,
               e.preferred,
               1 AS readiness,
               e.health_rank,
               e.est_cost
        FROM unnest(externals) e
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
$$ LANGUAGE plpgsql STABLE
-- One plan per statement and session: left to choose, PostgreSQL keeps re-planning these statements for
-- every call (custom plans, 1-2 ms of CPU each time) because the generic plans look more expensive on
-- paper; the generic plans are the ones wanted, as their shape does not depend on the criteria.
SET plan_cache_mode = force_generic_plan
-- With bitmap scans the planner (which expects about one match per provider) fetches every model of the
-- task of a provider and sorts them; the ordered index scan it uses instead stops after p_limit matches.
SET enable_bitmapscan = off;
