-- ============================================================================
-- Unified Model Registry: schema (spec 36.2, with the defects of DESIGN.md §3 fixed)
--
-- The spec refers to providers, models and thermal_states from earlier sections
-- without defining them; they are defined here. Flyway replaces schema_migrations.
-- Version ranges: V1-V9 foundation, V10-V19 REST/selection, V20-V29 sync, V30-V39 thermal.
-- ============================================================================

CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = NOW();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- ----------------------------------------------------------------------------
-- External providers
-- ----------------------------------------------------------------------------
CREATE TABLE providers (
    id              VARCHAR(50)  PRIMARY KEY,
    display_name    VARCHAR(255) NOT NULL,
    description     TEXT,
    website_url     TEXT,
    -- includes the API version; discovery and health checks call {api_base_url}/models
    api_base_url    TEXT         NOT NULL,
    -- which discovery adapter reads the provider's model list
    discovery_kind  VARCHAR(30)  NOT NULL DEFAULT 'none'
                    CHECK (discovery_kind IN ('openai-compatible', 'anthropic', 'google', 'cohere', 'none')),
    -- path probed by the health check, relative to api_base_url
    health_check_path VARCHAR(200) NOT NULL DEFAULT '/models',
    -- name of the environment variable that holds the API key (never the key itself)
    api_key_env     VARCHAR(100),
    compliance      TEXT[]       NOT NULL DEFAULT '{}',
    enabled         BOOLEAN      NOT NULL DEFAULT true,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);

CREATE TRIGGER update_providers_updated_at
    BEFORE UPDATE ON providers
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- ----------------------------------------------------------------------------
-- External models (the catalog the orchestration engine selects from)
-- ----------------------------------------------------------------------------
CREATE TABLE models (
    id                 UUID         PRIMARY KEY DEFAULT gen_random_uuid(),
    provider_id        VARCHAR(50)  NOT NULL REFERENCES providers(id),
    model_id           VARCHAR(150) NOT NULL,
    litellm_id         VARCHAR(200) NOT NULL,
    name               VARCHAR(255) NOT NULL,
    display_name       VARCHAR(255) NOT NULL,
    description        TEXT,
    -- llm, vision_llm, reasoning, embedding, image_generation, video_generation,
    -- audio_generation, text_to_speech, speech_to_text, search, 3d_generation, moderation
    category           VARCHAR(50)  NOT NULL,
    capabilities       TEXT[]       NOT NULL DEFAULT '{}',
    input_modalities   TEXT[]       NOT NULL DEFAULT '{}',
    output_modalities  TEXT[]       NOT NULL DEFAULT '{}',
    context_window     INTEGER      CHECK (context_window IS NULL OR context_window > 0),
    max_output         INTEGER      CHECK (max_output IS NULL OR max_output > 0),
    -- per_token: *_cost_per_1k are per 1k tokens; per_character: per 1k characters;
    -- per_request / per_second / per_image / per_minute: the matching cost_per_* column
    pricing_type       VARCHAR(20)  NOT NULL DEFAULT 'per_token'
                       CHECK (pricing_type IN ('per_token', 'per_character', 'per_request', 'per_second', 'per_image', 'per_minute')),
    input_cost_per_1k  NUMERIC(14,8),
    output_cost_per_1k NUMERIC(14,8),
    cost_per_request   NUMERIC(14,8),
    cost_per_second    NUMERIC(14,8),
    cost_per_image     NUMERIC(14,8),
    cost_per_minute    NUMERIC(14,8),
    -- fraction added on top of the list price (0.40 = 40%)
    markup_rate        NUMERIC(6,4) NOT NULL DEFAULT 0.40 CHECK (markup_rate >= 0),
    enabled            BOOLEAN      NOT NULL DEFAULT true,
    deprecated         BOOLEAN      NOT NULL DEFAULT false,
    deprecated_at      TIMESTAMPTZ,
    -- last time a provider's discovery listed this model
    last_seen_at       TIMESTAMPTZ,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    UNIQUE (provider_id, model_id)
);

CREATE INDEX idx_models_provider ON models(provider_id);
CREATE INDEX idx_models_category ON models(category);
CREATE INDEX idx_models_litellm ON models(litellm_id);

CREATE TRIGGER update_models_updated_at
    BEFORE UPDATE ON models
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- ----------------------------------------------------------------------------
-- Self-hosted models catalog (spec 36.2, unchanged columns)
-- ----------------------------------------------------------------------------
CREATE TABLE self_hosted_models (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    model_id VARCHAR(100) NOT NULL UNIQUE,
    name VARCHAR(255) NOT NULL,
    display_name VARCHAR(255) NOT NULL,
    description TEXT,
    category VARCHAR(50) NOT NULL,
    specialty VARCHAR(50) NOT NULL,
    capabilities TEXT[] NOT NULL DEFAULT '{}',
    input_modalities TEXT[] NOT NULL DEFAULT '{}'::TEXT[],
    output_modalities TEXT[] NOT NULL DEFAULT '{}'::TEXT[],
    primary_mode VARCHAR(20) NOT NULL DEFAULT 'inference',
    sagemaker_image VARCHAR(500) NOT NULL,
    instance_type VARCHAR(50) NOT NULL,
    gpu_memory_gb INTEGER NOT NULL,
    environment JSONB NOT NULL DEFAULT '{}',
    model_data_url TEXT,
    parameters BIGINT,
    accuracy VARCHAR(100),
    benchmark VARCHAR(255),
    context_window INTEGER,
    max_output INTEGER,
    input_formats TEXT[] NOT NULL DEFAULT '{}',
    output_formats TEXT[] NOT NULL DEFAULT '{}',
    license VARCHAR(100) NOT NULL,
    license_url TEXT,
    commercial_use_allowed BOOLEAN NOT NULL DEFAULT true,
    commercial_use_notes TEXT,
    attribution_required BOOLEAN NOT NULL DEFAULT false,
    hourly_rate DECIMAL(10,4) NOT NULL,
    per_request DECIMAL(10,6),
    per_image DECIMAL(10,6),
    per_minute_audio DECIMAL(10,6),
    per_minute_video DECIMAL(10,6),
    per_3d_model DECIMAL(10,4),
    markup_percent DECIMAL(5,2) NOT NULL DEFAULT 75.00,
    min_tier INTEGER NOT NULL DEFAULT 3,
    default_thermal_state VARCHAR(20) NOT NULL DEFAULT 'COLD',
    warmup_time_seconds INTEGER NOT NULL DEFAULT 60,
    scale_to_zero_minutes INTEGER NOT NULL DEFAULT 15,
    min_instances INTEGER NOT NULL DEFAULT 0,
    max_instances INTEGER NOT NULL DEFAULT 3,
    status VARCHAR(20) NOT NULL DEFAULT 'active',
    enabled BOOLEAN NOT NULL DEFAULT true,
    deprecated BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_self_hosted_category ON self_hosted_models(category);
CREATE INDEX idx_self_hosted_specialty ON self_hosted_models(specialty);
CREATE INDEX idx_self_hosted_status ON self_hosted_models(status);
CREATE INDEX idx_self_hosted_enabled ON self_hosted_models(enabled);

CREATE TRIGGER update_self_hosted_models_updated_at
    BEFORE UPDATE ON self_hosted_models
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

-- ----------------------------------------------------------------------------
-- Thermal state of each self-hosted model's SageMaker endpoint
--   OFF: no endpoint (or a failed one)  COLD: endpoint scaled to zero
--   WARM: in service                     HOT: in service above its minimum instances
-- ----------------------------------------------------------------------------
CREATE TABLE thermal_states (
    model_id            VARCHAR(100) PRIMARY KEY REFERENCES self_hosted_models(model_id) ON DELETE CASCADE,
    current_state       VARCHAR(20)  NOT NULL DEFAULT 'COLD' CHECK (current_state IN ('OFF', 'COLD', 'WARM', 'HOT')),
    target_state        VARCHAR(20)  CHECK (target_state IN ('OFF', 'COLD', 'WARM', 'HOT')),
    is_transitioning    BOOLEAN      NOT NULL DEFAULT false,
    endpoint_status     VARCHAR(40),
    instance_count      INTEGER,
    last_error          TEXT,
    warmup_requested_at TIMESTAMPTZ,
    last_checked_at     TIMESTAMPTZ,
    state_changed_at    TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_thermal_states_state ON thermal_states(current_state);

-- ----------------------------------------------------------------------------
-- Provider health (spec 36.2) and the samples its figures are computed from
-- ----------------------------------------------------------------------------
CREATE TABLE provider_health (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    provider_id VARCHAR(50) NOT NULL REFERENCES providers(id),
    region VARCHAR(50) NOT NULL DEFAULT 'us-east-1',
    status VARCHAR(20) NOT NULL DEFAULT 'unknown'
        CHECK (status IN ('healthy', 'degraded', 'unhealthy', 'unknown')),
    avg_latency_ms INTEGER,
    p95_latency_ms INTEGER,
    p99_latency_ms INTEGER,
    error_rate DECIMAL(5, 2),
    success_rate DECIMAL(5, 2),
    -- 'ok', 'unauthorized' (the key is missing or refused: our misconfiguration, not the provider's health)
    auth_status VARCHAR(20),
    last_check_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    last_success_at TIMESTAMPTZ,
    last_failure_at TIMESTAMPTZ,
    last_error TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    UNIQUE (provider_id, region)
);

CREATE INDEX idx_provider_health_status ON provider_health(status);

CREATE TRIGGER update_provider_health_updated_at
    BEFORE UPDATE ON provider_health
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE TABLE provider_health_samples (
    id          BIGSERIAL    PRIMARY KEY,
    provider_id VARCHAR(50)  NOT NULL REFERENCES providers(id),
    region      VARCHAR(50)  NOT NULL DEFAULT 'us-east-1',
    checked_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    outcome     VARCHAR(20)  NOT NULL CHECK (outcome IN ('healthy', 'degraded', 'unhealthy', 'unauthorized')),
    http_status INTEGER,
    latency_ms  INTEGER,
    error       TEXT
);

CREATE INDEX idx_health_samples_recent ON provider_health_samples(provider_id, region, checked_at DESC);

-- ----------------------------------------------------------------------------
-- Sync log (spec 36.2); at most one running sync per type, across every instance
-- ----------------------------------------------------------------------------
CREATE TABLE registry_sync_log (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    sync_type VARCHAR(50) NOT NULL CHECK (sync_type IN ('full', 'health', 'thermal', 'pricing')),
    trigger VARCHAR(20) NOT NULL DEFAULT 'schedule' CHECK (trigger IN ('schedule', 'api', 'lambda', 'startup')),
    providers_updated INTEGER NOT NULL DEFAULT 0,
    models_added INTEGER NOT NULL DEFAULT 0,
    models_updated INTEGER NOT NULL DEFAULT 0,
    models_deprecated INTEGER NOT NULL DEFAULT 0,
    errors TEXT[] NOT NULL DEFAULT '{}',
    started_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    completed_at TIMESTAMPTZ,
    duration_ms INTEGER,
    status VARCHAR(20) NOT NULL DEFAULT 'running' CHECK (status IN ('queued', 'running', 'completed', 'failed')),
    error_message TEXT,
    -- per-sync figures that do not fit the spec's counters (thermal changes, prices changed, …)
    details JSONB NOT NULL DEFAULT '{}',
    instance_id VARCHAR(100)
);

CREATE INDEX idx_registry_sync_type ON registry_sync_log(sync_type);
CREATE INDEX idx_registry_sync_status ON registry_sync_log(status);
CREATE INDEX idx_registry_sync_started ON registry_sync_log(started_at DESC);
CREATE UNIQUE INDEX uq_registry_sync_one_running_per_type
    ON registry_sync_log(sync_type) WHERE status IN ('queued', 'running');

-- ----------------------------------------------------------------------------
-- Review queue: what discovery found that a person must confirm
--   new_model:   a provider lists an id the catalog lacks (not enabled until approved)
--   deprecation: a deprecation held back by the churn guard
--   price_change: a price move too large to apply unseen
-- ----------------------------------------------------------------------------
CREATE TABLE model_review_queue (
    id            UUID         PRIMARY KEY DEFAULT gen_random_uuid(),
    provider_id   VARCHAR(50)  NOT NULL REFERENCES providers(id),
    model_id      VARCHAR(150) NOT NULL,
    kind          VARCHAR(20)  NOT NULL DEFAULT 'new_model' CHECK (kind IN ('new_model', 'deprecation', 'price_change')),
    status        VARCHAR(20)  NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    -- what the provider said about the model (parsed, never raw headers or keys)
    discovered    JSONB        NOT NULL DEFAULT '{}',
    reason        TEXT,
    sync_id       UUID         REFERENCES registry_sync_log(id),
    first_seen_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    last_seen_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    decided_at    TIMESTAMPTZ,
    decided_by    VARCHAR(100),
    decision_note TEXT
);

CREATE UNIQUE INDEX uq_review_one_pending
    ON model_review_queue(provider_id, model_id, kind) WHERE status = 'pending';
CREATE INDEX idx_review_status ON model_review_queue(status, kind);

-- ----------------------------------------------------------------------------
-- Event outbox: events are written in the transaction that caused them and
-- relayed to EventBridge with retries, so an outage never loses one
-- ----------------------------------------------------------------------------
CREATE TABLE event_outbox (
    id              BIGSERIAL    PRIMARY KEY,
    event_id        UUID         NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    source          VARCHAR(100) NOT NULL DEFAULT 'radiant.registry',
    detail_type     VARCHAR(100) NOT NULL,
    detail          JSONB        NOT NULL,
    sync_id         UUID,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    last_error      TEXT,
    published_at    TIMESTAMPTZ
);

CREATE INDEX idx_outbox_pending ON event_outbox(next_attempt_at, id) WHERE published_at IS NULL;

-- ----------------------------------------------------------------------------
-- Price history of external models
-- ----------------------------------------------------------------------------
CREATE TABLE model_price_history (
    id          BIGSERIAL    PRIMARY KEY,
    provider_id VARCHAR(50)  NOT NULL,
    model_id    VARCHAR(150) NOT NULL,
    field       VARCHAR(40)  NOT NULL,
    old_value   NUMERIC(14,8),
    new_value   NUMERIC(14,8),
    source      VARCHAR(50)  NOT NULL,
    sync_id     UUID,
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    FOREIGN KEY (provider_id, model_id) REFERENCES models(provider_id, model_id)
);

CREATE INDEX idx_price_history_model ON model_price_history(provider_id, model_id, changed_at DESC);
