-- ============================================================================
-- The price structure of an external model beyond input and output (DESIGN.md §4.5): prompt-cache reads and
-- writes, reasoning tokens billed apart from output, batch prices and long-context tiers. USD per 1k tokens,
-- like input_cost_per_1k; NULL = unknown (the feeds fill it, docs/sync.md "Price components").
--
-- Each component is a column of its own so that it has its own provenance row (model_field_sources.field is
-- the column name), its own price history rows and its own ModelPriceChanged events, and so that an admin can
-- set one component without touching the others.
-- ============================================================================

ALTER TABLE models
    -- a prompt token read from the provider's cache
    ADD COLUMN cache_read_cost_per_1k      NUMERIC(14,8) CHECK (cache_read_cost_per_1k IS NULL OR cache_read_cost_per_1k >= 0),
    -- a prompt token written to the cache with the default (5-minute) lifetime
    ADD COLUMN cache_write_cost_per_1k     NUMERIC(14,8) CHECK (cache_write_cost_per_1k IS NULL OR cache_write_cost_per_1k >= 0),
    -- a prompt token written to the cache with a 1-hour lifetime
    ADD COLUMN cache_write_1h_cost_per_1k  NUMERIC(14,8) CHECK (cache_write_1h_cost_per_1k IS NULL OR cache_write_1h_cost_per_1k >= 0),
    -- a reasoning token, when the provider bills them apart from output tokens (NULL: billed as output)
    ADD COLUMN reasoning_cost_per_1k       NUMERIC(14,8) CHECK (reasoning_cost_per_1k IS NULL OR reasoning_cost_per_1k >= 0),
    -- input and output tokens of the provider's batch API
    ADD COLUMN batch_input_cost_per_1k     NUMERIC(14,8) CHECK (batch_input_cost_per_1k IS NULL OR batch_input_cost_per_1k >= 0),
    ADD COLUMN batch_output_cost_per_1k    NUMERIC(14,8) CHECK (batch_output_cost_per_1k IS NULL OR batch_output_cost_per_1k >= 0),
    -- long-context tiers, ascending: [{"aboveInputTokens": 200000, "input": .., "output": .., "cacheRead": ..}];
    -- a request whose input tokens exceed aboveInputTokens is priced wholly at the highest such tier
    ADD COLUMN price_tiers                 JSONB CHECK (price_tiers IS NULL OR jsonb_typeof(price_tiers) = 'array');
