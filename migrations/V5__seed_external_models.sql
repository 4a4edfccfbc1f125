-- ============================================================================
-- External model catalog (spec 36.1: 50+ external models; DESIGN.md §2)
--
-- Conventions
--  * model_id is the id the provider's API (and its model-list endpoint) uses, so discovery
--    diffs match: Google ids without the "models/" prefix, Together/OpenRouter/Fireworks ids with
--    their org path. Exceptions, kept because getDefaultModel (spec 36.6) looks them up by these
--    ids: runway-gen3-alpha-turbo (API id gen3a_turbo), perplexity-sonar (API id sonar),
--    meshy-v3 (Meshy-3 generation). Those providers have no list endpoint (discovery_kind 'none').
--  * litellm_id follows LiteLLM naming (provider prefix where LiteLLM needs one).
--  * Prices are public list prices in USD as of 2025:
--      per_token      input/output_cost_per_1k = USD per 1,000 tokens ($2.50 / 1M -> 0.0025)
--      per_character  input_cost_per_1k        = USD per 1,000 characters
--      per_image / per_second / per_minute / per_request: the matching cost_per_* column
--    Perplexity also bills a per-request search fee; it is stored in cost_per_request next to
--    the token prices (low search-context tier).
--  * markup_rate 0.40 throughout.
--  * Capabilities decide the derived primary_mode of the unified_model_registry view:
--    only conversational models carry 'chat'; search, embedding, image, video, audio and 3D
--    models never do. 'long_context' marks context windows of 200K tokens or more.
--  * Models the provider has deprecated or retired stay in the catalog with deprecated = true
--    (selection skips deprecated models); deprecated_at is the provider's announced date.
-- ============================================================================

-- ----------------------------------------------------------------------------
-- Chat and reasoning models (per_token)
-- ----------------------------------------------------------------------------
INSERT INTO models
    (provider_id, model_id, litellm_id, name, display_name, description, category,
     capabilities, input_modalities, output_modalities, context_window, max_output,
     pricing_type, input_cost_per_1k, output_cost_per_1k, markup_rate, enabled, deprecated, deprecated_at)
VALUES
-- OpenAI
('openai', 'gpt-4o', 'gpt-4o', 'gpt-4o', 'GPT-4o',
 'OpenAI flagship multimodal model: text and image input, fast and capable general-purpose chat.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming'],
 ARRAY['text', 'image'], ARRAY['text'], 128000, 16384,
 'per_token', 0.0025, 0.01, 0.40, true, false, NULL),
('openai', 'gpt-4o-mini', 'gpt-4o-mini', 'gpt-4o-mini', 'GPT-4o mini',
 'Small, low-cost multimodal GPT-4o model for high-volume chat and simple tasks.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming'],
 ARRAY['text', 'image'], ARRAY['text'], 128000, 16384,
 'per_token', 0.00015, 0.0006, 0.40, true, false, NULL),
('openai', 'gpt-4.1', 'gpt-4.1', 'gpt-4.1', 'GPT-4.1',
 'GPT-4.1: strong coding and instruction following with a 1M-token context window.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 1047576, 32768,
 'per_token', 0.002, 0.008, 0.40, true, false, NULL),
('openai', 'gpt-4.1-mini', 'gpt-4.1-mini', 'gpt-4.1-mini', 'GPT-4.1 mini',
 'Mid-size GPT-4.1 model balancing quality, latency and cost, 1M-token context.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 1047576, 32768,
 'per_token', 0.0004, 0.0016, 0.40, true, false, NULL),
('openai', 'gpt-4.1-nano', 'gpt-4.1-nano', 'gpt-4.1-nano', 'GPT-4.1 nano',
 'Fastest and cheapest GPT-4.1 model for classification, autocompletion and extraction.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 1047576, 32768,
 'per_token', 0.0001, 0.0004, 0.40, true, false, NULL),
('openai', 'o3-mini', 'o3-mini', 'o3-mini', 'o3-mini',
 'Small reasoning model for STEM, math and coding with adjustable reasoning effort (text only).',
 'reasoning', ARRAY['chat', 'reasoning', 'function_calling', 'json_mode', 'streaming', 'coding', 'long_context'],
 ARRAY['text'], ARRAY['text'], 200000, 100000,
 'per_token', 0.0011, 0.0044, 0.40, true, false, NULL),
('openai', 'o3', 'o3', 'o3', 'o3',
 'OpenAI reasoning model for complex multi-step problems in math, science, coding and visual reasoning.',
 'reasoning', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'json_mode', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 100000,
 'per_token', 0.002, 0.008, 0.40, true, false, NULL),
('openai', 'o4-mini', 'o4-mini', 'o4-mini', 'o4-mini',
 'Fast, cost-efficient reasoning model with strong math, coding and visual reasoning.',
 'reasoning', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'json_mode', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 100000,
 'per_token', 0.0011, 0.0044, 0.40, true, false, NULL),

-- Anthropic (spec 36.4 list first, then current models)
('anthropic', 'claude-3-opus-20240229', 'claude-3-opus-20240229', 'claude-3-opus', 'Claude Opus 3',
 'Claude 3 Opus: most capable Claude 3 model. Deprecated by Anthropic (retirement 2026-01-05).',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'streaming', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 4096,
 'per_token', 0.015, 0.075, 0.40, true, true, '2025-06-30T00:00:00Z'),
('anthropic', 'claude-3-sonnet-20240229', 'claude-3-sonnet-20240229', 'claude-3-sonnet', 'Claude Sonnet 3',
 'Claude 3 Sonnet: balanced Claude 3 model. Retired by Anthropic on 2025-07-21.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'streaming', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 4096,
 'per_token', 0.003, 0.015, 0.40, true, true, '2025-07-21T00:00:00Z'),
('anthropic', 'claude-3-haiku-20240307', 'claude-3-haiku-20240307', 'claude-3-haiku', 'Claude Haiku 3',
 'Claude 3 Haiku: fastest, most compact Claude 3 model for near-instant responses.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'streaming', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 4096,
 'per_token', 0.00025, 0.00125, 0.40, true, false, NULL),
('anthropic', 'claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-20241022', 'claude-3-5-sonnet', 'Claude Sonnet 3.5 (New)',
 'Claude 3.5 Sonnet (October 2024 upgrade). Deprecated 2025-08-13, retired by Anthropic on 2025-10-22.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 8192,
 'per_token', 0.003, 0.015, 0.40, true, true, '2025-08-13T00:00:00Z'),
('anthropic', 'claude-3-5-haiku-20241022', 'claude-3-5-haiku-20241022', 'claude-3-5-haiku', 'Claude Haiku 3.5',
 'Claude 3.5 Haiku: fast, low-cost Claude model for high-volume tasks.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'streaming', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 8192,
 'per_token', 0.0008, 0.004, 0.40, true, false, NULL),
('anthropic', 'claude-3-7-sonnet-20250219', 'claude-3-7-sonnet-20250219', 'claude-3-7-sonnet', 'Claude Sonnet 3.7',
 'Claude 3.7 Sonnet: first hybrid reasoning Claude model with optional extended thinking.',
 'llm', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 64000,
 'per_token', 0.003, 0.015, 0.40, true, false, NULL),
('anthropic', 'claude-opus-4-20250514', 'claude-opus-4-20250514', 'claude-opus-4', 'Claude Opus 4',
 'Claude Opus 4: frontier model for complex, long-running agentic and coding tasks, with extended thinking.',
 'llm', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 32000,
 'per_token', 0.015, 0.075, 0.40, true, false, NULL),
('anthropic', 'claude-sonnet-4-20250514', 'claude-sonnet-4-20250514', 'claude-sonnet-4', 'Claude Sonnet 4',
 'Claude Sonnet 4: high-performance model balancing intelligence, speed and cost, with extended thinking.',
 'llm', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 64000,
 'per_token', 0.003, 0.015, 0.40, true, false, NULL),
('anthropic', 'claude-opus-4-1-20250805', 'claude-opus-4-1-20250805', 'claude-opus-4-1', 'Claude Opus 4.1',
 'Claude Opus 4.1: upgrade of Opus 4 for agentic tasks, real-world coding and reasoning.',
 'llm', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 32000,
 'per_token', 0.015, 0.075, 0.40, true, false, NULL),
('anthropic', 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-5', 'Claude Sonnet 4.5',
 'Claude Sonnet 4.5: Anthropic''s strongest model for coding and complex agents (2025-09).',
 'llm', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 64000,
 'per_token', 0.003, 0.015, 0.40, true, false, NULL),
('anthropic', 'claude-haiku-4-5-20251001', 'claude-haiku-4-5-20251001', 'claude-haiku-4-5', 'Claude Haiku 4.5',
 'Claude Haiku 4.5: fastest current Claude model with near-frontier coding and extended thinking.',
 'llm', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 64000,
 'per_token', 0.001, 0.005, 0.40, true, false, NULL),

-- Google Gemini (ids as the Gemini API lists them, without "models/")
('google', 'gemini-2.5-pro', 'gemini/gemini-2.5-pro', 'gemini-2.5-pro', 'Gemini 2.5 Pro',
 'Google''s most capable thinking model: complex reasoning and coding over text, images, audio and video. '
 'Prices for prompts up to 200K tokens.',
 'reasoning', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'json_mode', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image', 'audio', 'video'], ARRAY['text'], 1048576, 65536,
 'per_token', 0.00125, 0.01, 0.40, true, false, NULL),
('google', 'gemini-2.5-flash', 'gemini/gemini-2.5-flash', 'gemini-2.5-flash', 'Gemini 2.5 Flash',
 'Hybrid-reasoning Gemini model with the best price/performance, 1M-token context.',
 'llm', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'json_mode', 'streaming', 'long_context'],
 ARRAY['text', 'image', 'audio', 'video'], ARRAY['text'], 1048576, 65536,
 'per_token', 0.0003, 0.0025, 0.40, true, false, NULL),
('google', 'gemini-2.5-flash-lite', 'gemini/gemini-2.5-flash-lite', 'gemini-2.5-flash-lite', 'Gemini 2.5 Flash-Lite',
 'Smallest, most cost-efficient Gemini 2.5 model for high-throughput tasks.',
 'llm', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'json_mode', 'streaming', 'long_context'],
 ARRAY['text', 'image', 'audio', 'video'], ARRAY['text'], 1048576, 65536,
 'per_token', 0.0001, 0.0004, 0.40, true, false, NULL),
('google', 'gemini-2.0-flash', 'gemini/gemini-2.0-flash', 'gemini-2.0-flash', 'Gemini 2.0 Flash',
 'Second-generation Gemini workhorse model with native tool use and 1M-token context.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming', 'long_context'],
 ARRAY['text', 'image', 'audio', 'video'], ARRAY['text'], 1048576, 8192,
 'per_token', 0.0001, 0.0004, 0.40, true, false, NULL),
('google', 'gemini-1.5-pro', 'gemini/gemini-1.5-pro', 'gemini-1.5-pro', 'Gemini 1.5 Pro',
 'Gemini 1.5 Pro with a 2M-token context window. Retired by Google on 2025-09-24.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming', 'long_context'],
 ARRAY['text', 'image', 'audio', 'video'], ARRAY['text'], 2000000, 8192,
 'per_token', 0.00125, 0.005, 0.40, true, true, '2025-09-24T00:00:00Z'),

-- Mistral (ids as Mistral's /models lists them; aliases such as mistral-large-latest resolve to these)
('mistral', 'mistral-large-2411', 'mistral/mistral-large-2411', 'mistral-large-2411', 'Mistral Large 24.11',
 'Mistral''s top-tier model for complex reasoning, multilingual and function-calling tasks.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming', 'coding'],
 ARRAY['text'], ARRAY['text'], 131072, NULL,
 'per_token', 0.002, 0.006, 0.40, true, false, NULL),
('mistral', 'mistral-medium-2505', 'mistral/mistral-medium-2505', 'mistral-medium-2505', 'Mistral Medium 3',
 'Mistral Medium 3: frontier-class multimodal model at medium cost.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming', 'coding'],
 ARRAY['text', 'image'], ARRAY['text'], 131072, NULL,
 'per_token', 0.0004, 0.002, 0.40, true, false, NULL),
('mistral', 'mistral-small-2506', 'mistral/mistral-small-2506', 'mistral-small-2506', 'Mistral Small 3.2',
 'Mistral Small 3.2: efficient open-weight multimodal model for low-latency tasks.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming'],
 ARRAY['text', 'image'], ARRAY['text'], 131072, NULL,
 'per_token', 0.0001, 0.0003, 0.40, true, false, NULL),
('mistral', 'codestral-2501', 'mistral/codestral-2501', 'codestral-2501', 'Codestral 25.01',
 'Mistral''s coding model for fill-in-the-middle, code completion and generation in 80+ languages.',
 'llm', ARRAY['chat', 'completion', 'coding', 'function_calling', 'streaming', 'long_context'],
 ARRAY['text'], ARRAY['text'], 262144, NULL,
 'per_token', 0.0003, 0.0009, 0.40, true, false, NULL),
('mistral', 'pixtral-large-2411', 'mistral/pixtral-large-2411', 'pixtral-large-2411', 'Pixtral Large',
 'Mistral''s frontier multimodal model for document, chart and natural image understanding.',
 'vision_llm', ARRAY['chat', 'vision', 'function_calling', 'json_mode', 'streaming'],
 ARRAY['text', 'image'], ARRAY['text'], 131072, NULL,
 'per_token', 0.002, 0.006, 0.40, true, false, NULL),
('mistral', 'open-mixtral-8x7b', 'mistral/open-mixtral-8x7b', 'open-mixtral-8x7b', 'Mixtral 8x7B',
 'Open-weight sparse mixture-of-experts model. Deprecated by Mistral on 2025-03-30.',
 'llm', ARRAY['chat', 'function_calling', 'streaming'],
 ARRAY['text'], ARRAY['text'], 32768, NULL,
 'per_token', 0.0007, 0.0007, 0.40, true, true, '2025-03-30T12:00:00Z'),

-- Cohere
('cohere', 'command-a-03-2025', 'cohere_chat/command-a-03-2025', 'command-a-03-2025', 'Command A',
 'Cohere''s most performant model for agentic enterprise tasks, tool use, RAG and 23 languages.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming', 'citations', 'long_context'],
 ARRAY['text'], ARRAY['text'], 256000, 8000,
 'per_token', 0.0025, 0.01, 0.40, true, false, NULL),
('cohere', 'command-r-plus', 'cohere_chat/command-r-plus', 'command-r-plus', 'Command R+',
 'Command R+: instruction-following model for complex RAG and multi-step tool use.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming', 'citations'],
 ARRAY['text'], ARRAY['text'], 128000, 4000,
 'per_token', 0.0025, 0.01, 0.40, true, false, NULL),
('cohere', 'command-r-08-2024', 'cohere_chat/command-r-08-2024', 'command-r-08-2024', 'Command R (08-2024)',
 'Command R: scalable model for RAG and tool use at low cost.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming', 'citations'],
 ARRAY['text'], ARRAY['text'], 128000, 4000,
 'per_token', 0.00015, 0.0006, 0.40, true, false, NULL),

-- DeepSeek (V3.2-Exp pricing, cache-miss input)
('deepseek', 'deepseek-chat', 'deepseek/deepseek-chat', 'deepseek-chat', 'DeepSeek-V3 Chat',
 'DeepSeek-V3 series in non-thinking mode: strong general chat and coding at very low cost.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming', 'coding'],
 ARRAY['text'], ARRAY['text'], 128000, 8192,
 'per_token', 0.00028, 0.00042, 0.40, true, false, NULL),
('deepseek', 'deepseek-reasoner', 'deepseek/deepseek-reasoner', 'deepseek-reasoner', 'DeepSeek Reasoner',
 'DeepSeek-V3 series in thinking mode (successor of DeepSeek-R1): chain-of-thought reasoning for math and code.',
 'reasoning', ARRAY['chat', 'reasoning', 'json_mode', 'streaming', 'coding'],
 ARRAY['text'], ARRAY['text'], 128000, 64000,
 'per_token', 0.00028, 0.00042, 0.40, true, false, NULL),

-- Groq
('groq', 'llama-3.3-70b-versatile', 'groq/llama-3.3-70b-versatile', 'llama-3.3-70b-versatile', 'Llama 3.3 70B Versatile (Groq)',
 'Meta Llama 3.3 70B served on Groq LPUs at several hundred tokens per second.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming'],
 ARRAY['text'], ARRAY['text'], 131072, 32768,
 'per_token', 0.00059, 0.00079, 0.40, true, false, NULL),
('groq', 'llama-3.1-8b-instant', 'groq/llama-3.1-8b-instant', 'llama-3.1-8b-instant', 'Llama 3.1 8B Instant (Groq)',
 'Meta Llama 3.1 8B on Groq: very fast, very cheap model for simple tasks.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming'],
 ARRAY['text'], ARRAY['text'], 131072, 131072,
 'per_token', 0.00005, 0.00008, 0.40, true, false, NULL),
('groq', 'openai/gpt-oss-120b', 'groq/openai/gpt-oss-120b', 'gpt-oss-120b', 'GPT-OSS 120B (Groq)',
 'OpenAI''s open-weight 120B MoE reasoning model served on Groq.',
 'reasoning', ARRAY['chat', 'reasoning', 'function_calling', 'json_mode', 'streaming', 'coding'],
 ARRAY['text'], ARRAY['text'], 131072, 65536,
 'per_token', 0.00015, 0.00075, 0.40, true, false, NULL),

-- xAI
('xai', 'grok-4-0709', 'xai/grok-4-0709', 'grok-4', 'Grok 4',
 'xAI flagship reasoning model with native tool use and image understanding.',
 'reasoning', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'json_mode', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 256000, NULL,
 'per_token', 0.003, 0.015, 0.40, true, false, NULL),
('xai', 'grok-4-fast-reasoning', 'xai/grok-4-fast-reasoning', 'grok-4-fast-reasoning', 'Grok 4 Fast (Reasoning)',
 'Cost-efficient Grok 4 variant with a 2M-token context window, reasoning enabled.',
 'reasoning', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'json_mode', 'streaming', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 2000000, NULL,
 'per_token', 0.0002, 0.0005, 0.40, true, false, NULL),
('xai', 'grok-3', 'xai/grok-3', 'grok-3', 'Grok 3',
 'Grok 3: xAI general model for enterprise tasks such as extraction, coding and summarization.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming', 'coding'],
 ARRAY['text'], ARRAY['text'], 131072, NULL,
 'per_token', 0.003, 0.015, 0.40, true, false, NULL),
('xai', 'grok-3-mini', 'xai/grok-3-mini', 'grok-3-mini', 'Grok 3 Mini',
 'Lightweight Grok reasoning model that thinks before responding; fast and cheap.',
 'reasoning', ARRAY['chat', 'reasoning', 'function_calling', 'json_mode', 'streaming'],
 ARRAY['text'], ARRAY['text'], 131072, NULL,
 'per_token', 0.0003, 0.0005, 0.40, true, false, NULL),

-- Together AI (ids as Together's /models lists them)
('together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo', 'together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo',
 'Llama-3.3-70B-Instruct-Turbo', 'Llama 3.3 70B Instruct Turbo (Together)',
 'Meta Llama 3.3 70B Instruct, FP8 turbo serving on Together AI.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming'],
 ARRAY['text'], ARRAY['text'], 131072, NULL,
 'per_token', 0.00088, 0.00088, 0.40, true, false, NULL),
('together', 'deepseek-ai/DeepSeek-R1', 'together_ai/deepseek-ai/DeepSeek-R1',
 'DeepSeek-R1', 'DeepSeek R1 (Together)',
 'DeepSeek-R1 open reasoning model hosted by Together AI (US infrastructure).',
 'reasoning', ARRAY['chat', 'reasoning', 'streaming', 'coding'],
 ARRAY['text'], ARRAY['text'], 163840, NULL,
 'per_token', 0.003, 0.007, 0.40, true, false, NULL),

-- Fireworks AI
('fireworks', 'accounts/fireworks/models/llama-v3p3-70b-instruct',
 'fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct',
 'llama-v3p3-70b-instruct', 'Llama 3.3 70B Instruct (Fireworks)',
 'Meta Llama 3.3 70B Instruct on Fireworks serverless inference.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming'],
 ARRAY['text'], ARRAY['text'], 131072, NULL,
 'per_token', 0.0009, 0.0009, 0.40, true, false, NULL),
('fireworks', 'accounts/fireworks/models/llama4-maverick-instruct-basic',
 'fireworks_ai/accounts/fireworks/models/llama4-maverick-instruct-basic',
 'llama4-maverick-instruct-basic', 'Llama 4 Maverick Instruct (Fireworks)',
 'Meta Llama 4 Maverick 17Bx128E MoE multimodal model with a 1M-token context on Fireworks.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 1048576, NULL,
 'per_token', 0.00022, 0.00088, 0.40, true, false, NULL),

-- OpenRouter (ids as OpenRouter's /models lists them; prices are OpenRouter's pass-through prices)
('openrouter', 'openai/gpt-4o', 'openrouter/openai/gpt-4o', 'gpt-4o', 'GPT-4o (OpenRouter)',
 'OpenAI GPT-4o routed through OpenRouter.',
 'llm', ARRAY['chat', 'function_calling', 'vision', 'json_mode', 'streaming'],
 ARRAY['text', 'image'], ARRAY['text'], 128000, 16384,
 'per_token', 0.0025, 0.01, 0.40, true, false, NULL),
('openrouter', 'anthropic/claude-sonnet-4', 'openrouter/anthropic/claude-sonnet-4', 'claude-sonnet-4', 'Claude Sonnet 4 (OpenRouter)',
 'Anthropic Claude Sonnet 4 routed through OpenRouter.',
 'llm', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image'], ARRAY['text'], 200000, 64000,
 'per_token', 0.003, 0.015, 0.40, true, false, NULL),
('openrouter', 'google/gemini-2.5-pro', 'openrouter/google/gemini-2.5-pro', 'gemini-2.5-pro', 'Gemini 2.5 Pro (OpenRouter)',
 'Google Gemini 2.5 Pro routed through OpenRouter (prompts up to 200K tokens priced here).',
 'reasoning', ARRAY['chat', 'reasoning', 'function_calling', 'vision', 'json_mode', 'streaming', 'coding', 'long_context'],
 ARRAY['text', 'image', 'audio', 'video'], ARRAY['text'], 1048576, 65536,
 'per_token', 0.00125, 0.01, 0.40, true, false, NULL),

-- AI21 Labs
('ai21', 'jamba-large-1.7', 'ai21_chat/jamba-large-1.7', 'jamba-large-1.7', 'Jamba Large 1.7',
 'AI21 Jamba Large: hybrid SSM-Transformer MoE model with 256K context for grounded enterprise tasks.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming', 'long_context'],
 ARRAY['text'], ARRAY['text'], 256000, 4096,
 'per_token', 0.002, 0.008, 0.40, true, false, NULL),
('ai21', 'jamba-mini-1.7', 'ai21_chat/jamba-mini-1.7', 'jamba-mini-1.7', 'Jamba Mini 1.7',
 'AI21 Jamba Mini: efficient hybrid SSM-Transformer model with 256K context.',
 'llm', ARRAY['chat', 'function_calling', 'json_mode', 'streaming', 'long_context'],
 ARRAY['text'], ARRAY['text'], 256000, 4096,
 'per_token', 0.0002, 0.0004, 0.40, true, false, NULL);

-- ----------------------------------------------------------------------------
-- Embedding and rerank models (per_token input, no output charge; rerank-v3.5 per search)
-- ----------------------------------------------------------------------------
INSERT INTO models
    (provider_id, model_id, litellm_id, name, display_name, description, category,
     capabilities, input_modalities, output_modalities, context_window, max_output,
     pricing_type, input_cost_per_1k, output_cost_per_1k, cost_per_request, markup_rate, enabled, deprecated)
VALUES
('openai', 'text-embedding-3-small', 'text-embedding-3-small', 'text-embedding-3-small', 'Text Embedding 3 Small',
 'OpenAI small embedding model, 1536 dimensions (reducible), efficient for search and clustering.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 8191, NULL,
 'per_token', 0.00002, 0, NULL, 0.40, true, false),
('openai', 'text-embedding-3-large', 'text-embedding-3-large', 'text-embedding-3-large', 'Text Embedding 3 Large',
 'OpenAI most capable embedding model, 3072 dimensions (reducible).',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 8191, NULL,
 'per_token', 0.00013, 0, NULL, 0.40, true, false),
('google', 'text-embedding-004', 'gemini/text-embedding-004', 'text-embedding-004', 'Text Embedding 004',
 'Google text embedding model, 768 dimensions. Free of charge on the Gemini API.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 2048, NULL,
 'per_token', 0, 0, NULL, 0.40, true, false),
('google', 'gemini-embedding-001', 'gemini/gemini-embedding-001', 'gemini-embedding-001', 'Gemini Embedding',
 'Gemini embedding model, up to 3072 dimensions, multilingual, top of MTEB at release.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 2048, NULL,
 'per_token', 0.00015, 0, NULL, 0.40, true, false),
('mistral', 'mistral-embed', 'mistral/mistral-embed', 'mistral-embed', 'Mistral Embed',
 'Mistral text embedding model, 1024 dimensions.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 8192, NULL,
 'per_token', 0.0001, 0, NULL, 0.40, true, false),
('cohere', 'embed-english-v3.0', 'cohere/embed-english-v3.0', 'embed-english-v3.0', 'Embed English v3',
 'Cohere English embedding model, 1024 dimensions, for search and RAG retrieval.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 512, NULL,
 'per_token', 0.0001, 0, NULL, 0.40, true, false),
('cohere', 'embed-multilingual-v3.0', 'cohere/embed-multilingual-v3.0', 'embed-multilingual-v3.0', 'Embed Multilingual v3',
 'Cohere multilingual embedding model (100+ languages), 1024 dimensions.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 512, NULL,
 'per_token', 0.0001, 0, NULL, 0.40, true, false),
('cohere', 'embed-v4.0', 'cohere/embed-v4.0', 'embed-v4.0', 'Embed v4',
 'Cohere multimodal embedding model for text, images and mixed documents, 128K context. Text price shown.',
 'embedding', ARRAY['embedding', 'vision', 'long_context'], ARRAY['text', 'image'], ARRAY['embedding'], 128000, NULL,
 'per_token', 0.00012, 0, NULL, 0.40, true, false),
('together', 'BAAI/bge-large-en-v1.5', 'together_ai/BAAI/bge-large-en-v1.5', 'bge-large-en-v1.5', 'BGE Large EN v1.5 (Together)',
 'BAAI BGE large English embedding model, 1024 dimensions, hosted by Together AI.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 512, NULL,
 'per_token', 0.00002, 0, NULL, 0.40, true, false),
('fireworks', 'nomic-ai/nomic-embed-text-v1.5', 'fireworks_ai/nomic-ai/nomic-embed-text-v1.5',
 'nomic-embed-text-v1.5', 'Nomic Embed Text v1.5 (Fireworks)',
 'Nomic long-context text embedding model (Matryoshka, up to 768 dimensions) on Fireworks.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 8192, NULL,
 'per_token', 0.000008, 0, NULL, 0.40, true, false),
('voyage', 'voyage-3.5', 'voyage/voyage-3.5', 'voyage-3.5', 'Voyage 3.5',
 'Voyage general-purpose embedding model, 1024 dimensions by default, 32K context.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 32000, NULL,
 'per_token', 0.00006, 0, NULL, 0.40, true, false),
('voyage', 'voyage-3.5-lite', 'voyage/voyage-3.5-lite', 'voyage-3.5-lite', 'Voyage 3.5 Lite',
 'Voyage low-latency, low-cost embedding model, 32K context.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 32000, NULL,
 'per_token', 0.00002, 0, NULL, 0.40, true, false),
('voyage', 'voyage-3-large', 'voyage/voyage-3-large', 'voyage-3-large', 'Voyage 3 Large',
 'Voyage highest-quality general and multilingual embedding model, 32K context.',
 'embedding', ARRAY['embedding'], ARRAY['text'], ARRAY['embedding'], 32000, NULL,
 'per_token', 0.00018, 0, NULL, 0.40, true, false),
('voyage', 'voyage-code-3', 'voyage/voyage-code-3', 'voyage-code-3', 'Voyage Code 3',
 'Voyage embedding model optimized for code retrieval, 32K context.',
 'embedding', ARRAY['embedding', 'coding'], ARRAY['text'], ARRAY['embedding'], 32000, NULL,
 'per_token', 0.00018, 0, NULL, 0.40, true, false),
('voyage', 'rerank-2.5', 'voyage/rerank-2.5', 'rerank-2.5', 'Voyage Rerank 2.5',
 'Voyage instruction-following reranker, 32K context; billed per token of query plus documents.',
 'rerank', ARRAY['rerank'], ARRAY['text'], ARRAY['text'], 32000, NULL,
 'per_token', 0.00005, 0, NULL, 0.40, true, false),
('cohere', 'rerank-v3.5', 'cohere/rerank-v3.5', 'rerank-v3.5', 'Rerank v3.5',
 'Cohere multilingual reranker for search and RAG; billed per search (up to 100 documents).',
 'rerank', ARRAY['rerank'], ARRAY['text'], ARRAY['text'], 4096, NULL,
 'per_request', NULL, NULL, 0.002, 0.40, true, false);

-- ----------------------------------------------------------------------------
-- Image generation (per_image; standard 1024x1024 or ~1MP price)
-- ----------------------------------------------------------------------------
INSERT INTO models
    (provider_id, model_id, litellm_id, name, display_name, description, category,
     capabilities, input_modalities, output_modalities, context_window, max_output,
     pricing_type, cost_per_image, markup_rate, enabled, deprecated)
VALUES
('openai', 'dall-e-3', 'dall-e-3', 'dall-e-3', 'DALL-E 3',
 'OpenAI DALL-E 3 text-to-image model; standard quality 1024x1024 price.',
 'image_generation', ARRAY['image_generation'], ARRAY['text'], ARRAY['image'], NULL, NULL,
 'per_image', 0.04, 0.40, true, false),
('openai', 'gpt-image-1', 'gpt-image-1', 'gpt-image-1', 'GPT Image 1',
 'OpenAI natively multimodal image generation and editing model; medium quality 1024x1024 price '
 '(billed by tokens: $5/1M text input, $40/1M image output).',
 'image_generation', ARRAY['image_generation', 'vision'], ARRAY['text', 'image'], ARRAY['image'], NULL, NULL,
 'per_image', 0.042, 0.40, true, false),
('google', 'imagen-4.0-generate-001', 'gemini/imagen-4.0-generate-001', 'imagen-4.0-generate-001', 'Imagen 4',
 'Google Imagen 4 text-to-image model with improved text rendering.',
 'image_generation', ARRAY['image_generation'], ARRAY['text'], ARRAY['image'], NULL, NULL,
 'per_image', 0.04, 0.40, true, false),
('xai', 'grok-2-image-1212', 'xai/grok-2-image-1212', 'grok-2-image', 'Grok 2 Image',
 'xAI text-to-image model.',
 'image_generation', ARRAY['image_generation'], ARRAY['text'], ARRAY['image'], NULL, NULL,
 'per_image', 0.07, 0.40, true, false),
('together', 'black-forest-labs/FLUX.1-schnell', 'together_ai/black-forest-labs/FLUX.1-schnell',
 'FLUX.1-schnell', 'FLUX.1 [schnell] (Together)',
 'Black Forest Labs FLUX.1 schnell fast text-to-image model; priced per megapixel (~1MP image shown).',
 'image_generation', ARRAY['image_generation'], ARRAY['text'], ARRAY['image'], NULL, NULL,
 'per_image', 0.0027, 0.40, true, false),
('stability', 'stable-image-ultra', 'stability/stable-image-ultra', 'stable-image-ultra', 'Stable Image Ultra',
 'Stability AI highest-quality photorealistic image model (8 credits per image).',
 'image_generation', ARRAY['image_generation'], ARRAY['text', 'image'], ARRAY['image'], NULL, NULL,
 'per_image', 0.08, 0.40, true, false),
('stability', 'sd3.5-large', 'stability/sd3.5-large', 'sd3.5-large', 'Stable Diffusion 3.5 Large',
 'Stable Diffusion 3.5 Large 8B-parameter text-to-image model (6.5 credits per image).',
 'image_generation', ARRAY['image_generation'], ARRAY['text', 'image'], ARRAY['image'], NULL, NULL,
 'per_image', 0.065, 0.40, true, false),
('stability', 'stable-image-core', 'stability/stable-image-core', 'stable-image-core', 'Stable Image Core',
 'Stability AI fast, affordable text-to-image service (3 credits per image).',
 'image_generation', ARRAY['image_generation'], ARRAY['text'], ARRAY['image'], NULL, NULL,
 'per_image', 0.03, 0.40, true, false),
('runway', 'gen4_image', 'runwayml/gen4_image', 'gen4_image', 'Runway Gen-4 Image',
 'Runway Gen-4 image generation with reference images; 720p price (5 credits).',
 'image_generation', ARRAY['image_generation'], ARRAY['text', 'image'], ARRAY['image'], NULL, NULL,
 'per_image', 0.05, 0.40, true, false),
('luma', 'photon-1', 'luma/photon-1', 'photon-1', 'Luma Photon',
 'Luma Photon image generation model; ~1080p image price (billed per megapixel).',
 'image_generation', ARRAY['image_generation'], ARRAY['text', 'image'], ARRAY['image'], NULL, NULL,
 'per_image', 0.015, 0.40, true, false);

-- ----------------------------------------------------------------------------
-- Video generation (per_second of generated video)
-- ----------------------------------------------------------------------------
INSERT INTO models
    (provider_id, model_id, litellm_id, name, display_name, description, category,
     capabilities, input_modalities, output_modalities, context_window, max_output,
     pricing_type, cost_per_second, markup_rate, enabled, deprecated)
VALUES
('runway', 'runway-gen3-alpha-turbo', 'runwayml/gen3a_turbo', 'gen3a_turbo', 'Runway Gen-3 Alpha Turbo',
 'Runway Gen-3 Alpha Turbo image-to-video (API model gen3a_turbo), 5 or 10 second clips, 5 credits per second.',
 'video_generation', ARRAY['video_generation'], ARRAY['text', 'image'], ARRAY['video'], NULL, NULL,
 'per_second', 0.05, 0.40, true, false),
('runway', 'gen4_turbo', 'runwayml/gen4_turbo', 'gen4_turbo', 'Runway Gen-4 Turbo',
 'Runway Gen-4 Turbo image-to-video, 5 or 10 second clips, 5 credits per second.',
 'video_generation', ARRAY['video_generation'], ARRAY['text', 'image'], ARRAY['video'], NULL, NULL,
 'per_second', 0.05, 0.40, true, false),
('google', 'veo-3.0-generate-001', 'gemini/veo-3.0-generate-001', 'veo-3.0-generate-001', 'Veo 3',
 'Google Veo 3 text/image-to-video with native audio, 8 second 720p/1080p clips.',
 'video_generation', ARRAY['video_generation'], ARRAY['text', 'image'], ARRAY['video', 'audio'], NULL, NULL,
 'per_second', 0.40, 0.40, true, false),
('luma', 'ray-2', 'luma/ray-2', 'ray-2', 'Luma Ray 2',
 'Luma Ray 2 text/image-to-video with realistic motion; 720p price (billed per megapixel).',
 'video_generation', ARRAY['video_generation'], ARRAY['text', 'image'], ARRAY['video'], NULL, NULL,
 'per_second', 0.14, 0.40, true, false),
('luma', 'ray-flash-2', 'luma/ray-flash-2', 'ray-flash-2', 'Luma Ray 2 Flash',
 'Faster, cheaper Ray 2 variant; 720p price (billed per megapixel).',
 'video_generation', ARRAY['video_generation'], ARRAY['text', 'image'], ARRAY['video'], NULL, NULL,
 'per_second', 0.05, 0.40, true, false);

-- ----------------------------------------------------------------------------
-- Text to speech (per_character: input_cost_per_1k = USD per 1,000 characters)
-- ----------------------------------------------------------------------------
INSERT INTO models
    (provider_id, model_id, litellm_id, name, display_name, description, category,
     capabilities, input_modalities, output_modalities, context_window, max_output,
     pricing_type, input_cost_per_1k, markup_rate, enabled, deprecated)
VALUES
('openai', 'tts-1', 'tts-1', 'tts-1', 'TTS-1',
 'OpenAI text-to-speech optimized for real-time use; 4096 characters per request.',
 'text_to_speech', ARRAY['text_to_speech', 'streaming'], ARRAY['text'], ARRAY['audio'], NULL, NULL,
 'per_character', 0.015, 0.40, true, false),
('openai', 'tts-1-hd', 'tts-1-hd', 'tts-1-hd', 'TTS-1 HD',
 'OpenAI text-to-speech optimized for quality; 4096 characters per request.',
 'text_to_speech', ARRAY['text_to_speech', 'streaming'], ARRAY['text'], ARRAY['audio'], NULL, NULL,
 'per_character', 0.03, 0.40, true, false),
('elevenlabs', 'eleven_multilingual_v2', 'elevenlabs/eleven_multilingual_v2', 'eleven_multilingual_v2', 'Eleven Multilingual v2',
 'ElevenLabs most lifelike, emotionally rich speech in 29 languages; 10,000 characters per request.',
 'text_to_speech', ARRAY['text_to_speech', 'streaming'], ARRAY['text'], ARRAY['audio'], NULL, NULL,
 'per_character', 0.10, 0.40, true, false),
('elevenlabs', 'eleven_flash_v2_5', 'elevenlabs/eleven_flash_v2_5', 'eleven_flash_v2_5', 'Eleven Flash v2.5',
 'ElevenLabs ultra-low-latency (~75 ms) speech in 32 languages at half the credit cost.',
 'text_to_speech', ARRAY['text_to_speech', 'streaming'], ARRAY['text'], ARRAY['audio'], NULL, NULL,
 'per_character', 0.05, 0.40, true, false);

-- ----------------------------------------------------------------------------
-- Speech to text (per_minute of input audio)
-- ----------------------------------------------------------------------------
INSERT INTO models
    (provider_id, model_id, litellm_id, name, display_name, description, category,
     capabilities, input_modalities, output_modalities, context_window, max_output,
     pricing_type, cost_per_minute, markup_rate, enabled, deprecated)
VALUES
('openai', 'whisper-1', 'whisper-1', 'whisper-1', 'Whisper',
 'OpenAI Whisper V2 speech recognition and translation; files up to 25 MB.',
 'speech_to_text', ARRAY['transcription'], ARRAY['audio'], ARRAY['text'], NULL, NULL,
 'per_minute', 0.006, 0.40, true, false),
('openai', 'gpt-4o-transcribe', 'gpt-4o-transcribe', 'gpt-4o-transcribe', 'GPT-4o Transcribe',
 'GPT-4o based speech-to-text with lower word error rate than Whisper (token-billed, ~$0.006/min).',
 'speech_to_text', ARRAY['transcription', 'streaming'], ARRAY['audio'], ARRAY['text'], NULL, NULL,
 'per_minute', 0.006, 0.40, true, false),
('deepgram', 'nova-3', 'deepgram/nova-3', 'nova-3', 'Deepgram Nova-3',
 'Deepgram most accurate speech-to-text model; pre-recorded pay-as-you-go price.',
 'speech_to_text', ARRAY['transcription', 'streaming'], ARRAY['audio'], ARRAY['text'], NULL, NULL,
 'per_minute', 0.0043, 0.40, true, false),
('deepgram', 'nova-2', 'deepgram/nova-2', 'nova-2', 'Deepgram Nova-2',
 'Deepgram Nova-2 speech-to-text with broad language support; pre-recorded pay-as-you-go price.',
 'speech_to_text', ARRAY['transcription', 'streaming'], ARRAY['audio'], ARRAY['text'], NULL, NULL,
 'per_minute', 0.0043, 0.40, true, false),
('assemblyai', 'universal', 'assemblyai/universal', 'universal', 'AssemblyAI Universal',
 'AssemblyAI Universal speech-to-text, 99 languages ($0.15 per hour).',
 'speech_to_text', ARRAY['transcription'], ARRAY['audio'], ARRAY['text'], NULL, NULL,
 'per_minute', 0.0025, 0.40, true, false),
('assemblyai', 'slam-1', 'assemblyai/slam-1', 'slam-1', 'AssemblyAI Slam-1',
 'AssemblyAI speech-language model for English with prompt-based key-term customization ($0.27 per hour).',
 'speech_to_text', ARRAY['transcription'], ARRAY['audio'], ARRAY['text'], NULL, NULL,
 'per_minute', 0.0045, 0.40, true, false),
('elevenlabs', 'scribe_v1', 'elevenlabs/scribe_v1', 'scribe_v1', 'ElevenLabs Scribe v1',
 'ElevenLabs speech-to-text in 99 languages with word timestamps and speaker diarization ($0.40 per hour).',
 'speech_to_text', ARRAY['transcription'], ARRAY['audio', 'video'], ARRAY['text'], NULL, NULL,
 'per_minute', 0.0067, 0.40, true, false);

-- ----------------------------------------------------------------------------
-- Search (Perplexity Sonar): token prices plus a per-request search fee (low context tier).
-- No 'chat' capability, so the view derives primary_mode 'search'.
-- ----------------------------------------------------------------------------
INSERT INTO models
    (provider_id, model_id, litellm_id, name, display_name, description, category,
     capabilities, input_modalities, output_modalities, context_window, max_output,
     pricing_type, input_cost_per_1k, output_cost_per_1k, cost_per_request, markup_rate, enabled, deprecated)
VALUES
('perplexity', 'perplexity-sonar', 'perplexity/sonar', 'sonar', 'Perplexity Sonar',
 'Lightweight search-grounded answer model with real-time web results and citations (API model sonar). '
 '$1/1M tokens plus $5 per 1,000 requests (low search context).',
 'search', ARRAY['search', 'citations', 'streaming'], ARRAY['text'], ARRAY['text'], 127072, NULL,
 'per_token', 0.001, 0.001, 0.005, 0.40, true, false),
('perplexity', 'sonar-pro', 'perplexity/sonar-pro', 'sonar-pro', 'Perplexity Sonar Pro',
 'Advanced search model for complex, multi-step queries with about twice the citations of Sonar. '
 '$3/$15 per 1M tokens plus $6 per 1,000 requests (low search context).',
 'search', ARRAY['search', 'citations', 'streaming', 'long_context'], ARRAY['text'], ARRAY['text'], 200000, 8000,
 'per_token', 0.003, 0.015, 0.006, 0.40, true, false),
('perplexity', 'sonar-reasoning-pro', 'perplexity/sonar-reasoning-pro', 'sonar-reasoning-pro', 'Perplexity Sonar Reasoning Pro',
 'Search model with chain-of-thought reasoning (DeepSeek-R1 based) and citations. '
 '$2/$8 per 1M tokens plus $6 per 1,000 requests (low search context).',
 'search', ARRAY['search', 'citations', 'reasoning', 'streaming'], ARRAY['text'], ARRAY['text'], 128000, NULL,
 'per_token', 0.002, 0.008, 0.006, 0.40, true, false);

-- ----------------------------------------------------------------------------
-- 3D generation (Meshy; per_request = one preview + refine task, credits at $0.02)
-- ----------------------------------------------------------------------------
INSERT INTO models
    (provider_id, model_id, litellm_id, name, display_name, description, category,
     capabilities, input_modalities, output_modalities, context_window, max_output,
     pricing_type, cost_per_request, markup_rate, enabled, deprecated)
VALUES
('meshy', 'meshy-v3', 'meshy/meshy-v3', 'meshy-3', 'Meshy-3',
 'Meshy-3 text-to-3D: textured mesh (GLB/FBX/OBJ/USDZ) from a prompt; preview (5 credits) + refine (10 credits).',
 '3d_generation', ARRAY['3d_generation'], ARRAY['text'], ARRAY['3d'], NULL, NULL,
 'per_request', 0.30, 0.40, true, false),
('meshy', 'meshy-5', 'meshy/meshy-5', 'meshy-5', 'Meshy-5',
 'Meshy-5 text/image-to-3D with higher geometry fidelity; preview (20 credits) + refine (10 credits).',
 '3d_generation', ARRAY['3d_generation'], ARRAY['text', 'image'], ARRAY['3d'], NULL, NULL,
 'per_request', 0.60, 0.40, true, false);
