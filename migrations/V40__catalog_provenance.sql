-- ============================================================================
-- Catalog truth (issue 10): where every value of an external model came from, and what the public
-- feeds (LiteLLM cost map, models.dev api.json, OpenRouter /api/v1/models) last said about each id.
--
-- Provenance rule: a value WITHOUT a model_field_sources row was set by the migrations (or plain SQL)
-- and counts as 'curated' - so a seed migration added later is protected without a backfill. Every other
-- writer (the pricing sync's feeds, an approved review) records itself here, with the time it observed
-- the value. Precedence (docs/sync.md): admin and curated values are only ever changed through a review
-- item; a feed fills a value nobody set and corrects a value another feed set.
-- ============================================================================

CREATE TABLE model_field_sources (
    provider_id VARCHAR(50)  NOT NULL,
    model_id    VARCHAR(150) NOT NULL,
    -- the models column (input_cost_per_1k, context_window, retirement_date, ...)
    field       VARCHAR(40)  NOT NULL,
    source      VARCHAR(20)  NOT NULL
                CHECK (source IN ('curated', 'provider_list', 'litellm', 'models.dev', 'openrouter', 'admin')),
    -- the value the source gave, as JSON (a number, a date string, a list)
    value       JSONB,
    observed_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    PRIMARY KEY (provider_id, model_id, field),
    FOREIGN KEY (provider_id, model_id) REFERENCES models(provider_id, model_id) ON DELETE CASCADE
);

-- The last reading of each feed, per id mapped to one of our providers (also ids the catalog lacks:
-- a discovered model's review item is enriched from here). Replaced source by source on every pricing sync.
CREATE TABLE feed_models (
    source      VARCHAR(20)  NOT NULL CHECK (source IN ('litellm', 'models.dev', 'openrouter')),
    provider_id VARCHAR(50)  NOT NULL,
    model_id    VARCHAR(200) NOT NULL,
    -- the feed's own key of the entry (gemini/gemini-2.5-pro, fireworks-ai/..., openai/gpt-4o)
    feed_id     TEXT         NOT NULL,
    -- normalised values: prices USD per 1k tokens, limits, modalities, capabilities, lifecycle dates
    entry       JSONB        NOT NULL,
    observed_at TIMESTAMPTZ  NOT NULL DEFAULT NOW(),
    sync_id     UUID,
    PRIMARY KEY (source, provider_id, model_id)
);

CREATE INDEX idx_feed_models_model ON feed_models(provider_id, model_id);

-- A feed's differing value for a curated or admin metadata field (context window, limits, lifecycle) is a
-- proposal an operator decides, like a held price move.
ALTER TABLE model_review_queue DROP CONSTRAINT model_review_queue_kind_check;
ALTER TABLE model_review_queue ADD CONSTRAINT model_review_queue_kind_check
    CHECK (kind IN ('new_model', 'deprecation', 'price_change', 'metadata_change'));
