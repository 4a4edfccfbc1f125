-- ============================================================================
-- External providers (21), spec 36.1 / DESIGN.md §2
--
-- api_base_url includes the API version: discovery calls {api_base_url}/models and the
-- health check calls {api_base_url}{health_check_path}, both with the provider's key.
-- discovery_kind picks the adapter that reads the provider's model list; 'none' means the
-- provider has no list endpoint in a shape the registry reads, so its catalog entries are
-- maintained by migrations and the admin API.
-- api_key_env names the environment variable that holds the key (never the key itself).
-- compliance: attestations the provider publishes for its API. 'HIPAA' only where the
-- provider signs a Business Associate Agreement for this API (usually on request, for
-- eligible endpoints and zero-retention settings); selection with requireHIPAA relies on it.
-- ============================================================================

INSERT INTO providers
    (id, display_name, description, website_url, api_base_url, discovery_kind, health_check_path, api_key_env, compliance, enabled)
VALUES
-- Model-list endpoints in the OpenAI shape: GET {base}/models -> {object:"list", data:[{id, ...}]}
('openai', 'OpenAI',
 'GPT-4o / GPT-4.1 chat models, o-series reasoning models, embeddings, DALL-E and GPT Image, TTS and Whisper.',
 'https://openai.com', 'https://api.openai.com/v1',
 'openai-compatible', '/models', 'OPENAI_API_KEY',
 ARRAY['SOC2', 'GDPR', 'CCPA', 'ISO27001', 'HIPAA'], true),

('anthropic', 'Anthropic',
 'Claude model family (Opus, Sonnet, Haiku). Requests need the anthropic-version header.',
 'https://www.anthropic.com', 'https://api.anthropic.com/v1',
 'anthropic', '/models', 'ANTHROPIC_API_KEY',
 ARRAY['SOC2', 'GDPR', 'ISO27001', 'ISO42001', 'HIPAA'], true),

('google', 'Google Gemini',
 'Gemini API (Google AI for Developers): Gemini chat models, Gemini/text embeddings, Imagen and Veo. '
 'The key is sent as the x-goog-api-key header, never as ?key=. '
 'HIPAA coverage exists for Gemini on Vertex AI, not for this endpoint.',
 'https://ai.google.dev', 'https://generativelanguage.googleapis.com/v1beta',
 'google', '/models', 'GOOGLE_API_KEY',
 ARRAY['SOC2', 'GDPR', 'ISO27001'], true),

('mistral', 'Mistral AI',
 'Mistral Large/Medium/Small, Codestral, Pixtral and Mistral Embed (La Plateforme, EU hosted).',
 'https://mistral.ai', 'https://api.mistral.ai/v1',
 'openai-compatible', '/models', 'MISTRAL_API_KEY',
 ARRAY['SOC2', 'GDPR', 'ISO27001'], true),

('cohere', 'Cohere',
 'Command A / Command R chat models, Embed v3/v4 and Rerank. Model list is paginated (page_token).',
 'https://cohere.com', 'https://api.cohere.com/v1',
 'cohere', '/models', 'COHERE_API_KEY',
 ARRAY['SOC2', 'GDPR', 'ISO27001'], true),

('deepseek', 'DeepSeek',
 'DeepSeek-V3 chat and DeepSeek-R1 reasoning models. OpenAI-compatible; /models is served at the root. '
 'Data is processed in the PRC; no published compliance attestations.',
 'https://www.deepseek.com', 'https://api.deepseek.com',
 'openai-compatible', '/models', 'DEEPSEEK_API_KEY',
 ARRAY[]::TEXT[], true),

('groq', 'Groq',
 'Low-latency inference of open models (Llama, GPT-OSS, ...) on Groq LPUs; OpenAI-compatible API.',
 'https://groq.com', 'https://api.groq.com/openai/v1',
 'openai-compatible', '/models', 'GROQ_API_KEY',
 ARRAY['SOC2', 'GDPR'], true),

('xai', 'xAI',
 'Grok chat and reasoning models and Grok image generation; OpenAI-compatible API.',
 'https://x.ai', 'https://api.x.ai/v1',
 'openai-compatible', '/models', 'XAI_API_KEY',
 ARRAY['SOC2', 'GDPR'], true),

('together', 'Together AI',
 'Serverless inference of open models (chat, embeddings, FLUX images). /models returns a bare JSON array.',
 'https://www.together.ai', 'https://api.together.xyz/v1',
 'openai-compatible', '/models', 'TOGETHER_API_KEY',
 ARRAY['SOC2', 'GDPR', 'HIPAA'], true),

('fireworks', 'Fireworks AI',
 'Fast serverless inference of open models (Llama, DeepSeek, Qwen) and embeddings; OpenAI-compatible API.',
 'https://fireworks.ai', 'https://api.fireworks.ai/inference/v1',
 'openai-compatible', '/models', 'FIREWORKS_API_KEY',
 ARRAY['SOC2', 'GDPR', 'HIPAA'], true),

('openrouter', 'OpenRouter',
 'Router to hundreds of models from many upstream providers; prices in its list are USD per token (strings). '
 'Compliance depends on the upstream provider, so none is claimed here.',
 'https://openrouter.ai', 'https://openrouter.ai/api/v1',
 'openai-compatible', '/models', 'OPENROUTER_API_KEY',
 ARRAY[]::TEXT[], true),

-- No model-list endpoint the registry can read: catalog maintained by migrations / admin API.
('perplexity', 'Perplexity',
 'Sonar search-grounded answer models with citations. No model-list endpoint; chat completions at /chat/completions.',
 'https://www.perplexity.ai', 'https://api.perplexity.ai',
 'none', '/async/chat/completions', 'PERPLEXITY_API_KEY',
 ARRAY['SOC2', 'GDPR'], true),

('runway', 'Runway',
 'Gen-3 Alpha Turbo and Gen-4 video generation, Gen-4 image generation. Asynchronous tasks; '
 'requests need the X-Runway-Version header. No model-list endpoint.',
 'https://runwayml.com', 'https://api.dev.runwayml.com/v1',
 'none', '/organization', 'RUNWAYML_API_SECRET',
 ARRAY['SOC2'], true),

('meshy', 'Meshy',
 'Text-to-3D and image-to-3D model generation (GLB/FBX/OBJ/USDZ). Asynchronous tasks; no model-list endpoint.',
 'https://www.meshy.ai', 'https://api.meshy.ai/openapi/v2',
 'none', '/text-to-3d', 'MESHY_API_KEY',
 ARRAY[]::TEXT[], true),

('elevenlabs', 'ElevenLabs',
 'Text-to-speech (Multilingual v2, Flash v2.5) and Scribe speech-to-text. GET /models exists but returns a '
 'bare array keyed by model_id, which no discovery adapter reads. Key in the xi-api-key header.',
 'https://elevenlabs.io', 'https://api.elevenlabs.io/v1',
 'none', '/models', 'ELEVENLABS_API_KEY',
 ARRAY['SOC2', 'GDPR'], true),

('stability', 'Stability AI',
 'Stable Image Ultra/Core and Stable Diffusion 3.5 image generation. Generation endpoints live under /v2beta; '
 'the account endpoints (balance) used for health are under /v1.',
 'https://stability.ai', 'https://api.stability.ai/v1',
 'none', '/user/balance', 'STABILITY_API_KEY',
 ARRAY['SOC2', 'GDPR'], true),

('deepgram', 'Deepgram',
 'Nova speech-to-text (pre-recorded and streaming) and Aura text-to-speech. Key sent as "Authorization: Token KEY".',
 'https://deepgram.com', 'https://api.deepgram.com/v1',
 'none', '/projects', 'DEEPGRAM_API_KEY',
 ARRAY['SOC2', 'GDPR', 'CCPA', 'HIPAA'], true),

('assemblyai', 'AssemblyAI',
 'Universal and Slam-1 speech-to-text with speaker labels and audio intelligence. Asynchronous transcripts.',
 'https://www.assemblyai.com', 'https://api.assemblyai.com/v2',
 'none', '/transcript?limit=1', 'ASSEMBLYAI_API_KEY',
 ARRAY['SOC2', 'GDPR', 'HIPAA'], true),

('voyage', 'Voyage AI',
 'Voyage 3.5 / 3-large / code embeddings and rerankers (part of MongoDB). No model-list endpoint.',
 'https://www.voyageai.com', 'https://api.voyageai.com/v1',
 'none', '/batches', 'VOYAGE_API_KEY',
 ARRAY['SOC2'], true),

('ai21', 'AI21 Labs',
 'Jamba hybrid SSM-Transformer chat models with 256K context.',
 'https://www.ai21.com', 'https://api.ai21.com/studio/v1',
 'none', '/library/files', 'AI21_API_KEY',
 ARRAY['SOC2', 'GDPR', 'ISO27001'], true),

('luma', 'Luma AI',
 'Dream Machine API: Ray 2 video generation and Photon image generation. Asynchronous generations.',
 'https://lumalabs.ai', 'https://api.lumalabs.ai/dream-machine/v1',
 'none', '/credits', 'LUMAAI_API_KEY',
 ARRAY[]::TEXT[], true);
