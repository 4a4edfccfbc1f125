-- ============================================================================
-- Discovery for the providers without one that publish a list the registry can read (issue 10).
-- Researched for each of the ten 'none' providers (their public API references, late 2026):
--   elevenlabs  GET /v1/models          bare array {model_id, name, can_do_text_to_speech, ...}  -> 'elevenlabs'
--   deepgram    GET /v1/models          {stt:[...], tts:[...]}                                  -> 'deepgram'
--   stability   GET /v1/engines/list    bare array {id, name, description, type}                -> 'stability'
--   perplexity, runway, meshy, assemblyai, voyage, ai21, luma: no documented model-list endpoint; their
--   catalog entries stay curated (the pricing feeds still describe perplexity, voyage and ai21 models).
-- Each of the three lists names only part of what the provider serves (see the parsers), so their listings
-- are partial: they queue new ids for review and refresh metadata, but never deprecate a curated model.
-- ============================================================================

ALTER TABLE providers DROP CONSTRAINT providers_discovery_kind_check;
ALTER TABLE providers ADD CONSTRAINT providers_discovery_kind_check
    CHECK (discovery_kind IN ('openai-compatible', 'anthropic', 'google', 'cohere',
                              'elevenlabs', 'deepgram', 'stability', 'none'));

UPDATE providers SET discovery_kind = 'elevenlabs',
    description = 'Text-to-speech (Multilingual v2, Flash v2.5) and Scribe speech-to-text. GET /models lists the '
                  'speech-synthesis models (a bare array keyed by model_id). Key in the xi-api-key header.'
WHERE id = 'elevenlabs';

UPDATE providers SET discovery_kind = 'deepgram',
    description = 'Nova speech-to-text (pre-recorded and streaming) and Aura text-to-speech. GET /models lists '
                  'stt and tts models. Key sent as "Authorization: Token KEY".'
WHERE id = 'deepgram';

UPDATE providers SET discovery_kind = 'stability',
    description = 'Stable Image Ultra/Core and Stable Diffusion 3.5 image generation. Generation endpoints live '
                  'under /v2beta; the v1 account and engine endpoints (balance for health, /engines/list for '
                  'discovery) under /v1.'
WHERE id = 'stability';
