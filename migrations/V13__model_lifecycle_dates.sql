-- Lifecycle of an external model, as provider lists and public feeds publish it (OpenAI's shutdown_date,
-- Mistral's deprecation / deprecation_replacement_model, LiteLLM's deprecation_date, OpenRouter's
-- expiration_date). Defined here, before the features that write and read them, so that the catalog
-- feeds (writers) and selection (a model past retirement_date is never selected) share one shape.
ALTER TABLE models
    ADD COLUMN deprecation_date   DATE,
    ADD COLUMN retirement_date    DATE,
    ADD COLUMN successor_model_id TEXT;

COMMENT ON COLUMN models.deprecation_date IS 'date the provider announced as deprecation (still served)';
COMMENT ON COLUMN models.retirement_date IS 'date after which the provider no longer serves the model; never selected after it';
COMMENT ON COLUMN models.successor_model_id IS 'model_id (same provider) the provider names as replacement';
