-- ============================================================================
-- How each provider wants its key (sync: discovery and health checks)
--
-- The discovery kind fixes the header for providers with a model list (Bearer for OpenAI-compatible and
-- Cohere, x-api-key for Anthropic, x-goog-api-key for Google). Providers without one ('none') are still
-- health-checked, and several of them use their own scheme; a health check with the wrong scheme gets a
-- 401 and would say nothing about the provider (DESIGN.md §3 defect 1).
--   auth_header   header that carries the key; NULL = the discovery kind's default
--   auth_prefix   text before the key in that header ('Bearer ', 'Token ', '' for the bare key);
--                 NULL = the default of the header (Bearer for Authorization, bare otherwise)
--   extra_headers constant headers the API requires (an API version), never a secret
-- ============================================================================

ALTER TABLE providers
    ADD COLUMN auth_header   VARCHAR(60),
    ADD COLUMN auth_prefix   VARCHAR(20),
    ADD COLUMN extra_headers JSONB NOT NULL DEFAULT '{}'
        CHECK (jsonb_typeof(extra_headers) = 'object');

UPDATE providers SET auth_header = 'xi-api-key', auth_prefix = '' WHERE id = 'elevenlabs';
UPDATE providers SET auth_header = 'Authorization', auth_prefix = 'Token ' WHERE id = 'deepgram';
UPDATE providers SET auth_header = 'Authorization', auth_prefix = '' WHERE id = 'assemblyai';
UPDATE providers SET extra_headers = '{"X-Runway-Version": "2024-11-06"}' WHERE id = 'runway';
UPDATE providers SET extra_headers = '{"anthropic-version": "2023-06-01"}' WHERE id = 'anthropic';
