-- 10,000 synthetic external models for the large-catalog mode of bench/select-load.sh, spread over
-- 20 synthetic providers (with health rows and latencies), every task and a realistic mix of
-- modalities, capabilities, context windows and prices. Ids start with "synthetic-" so they can be
-- told apart (and deleted) later.
INSERT INTO providers (id, display_name, api_base_url, discovery_kind, compliance)
SELECT 'synthetic-' || p, 'Synthetic Provider ' || p, 'https://synthetic-' || p || '.invalid/v1', 'none',
       CASE WHEN p % 4 = 0 THEN ARRAY['SOC2', 'HIPAA'] ELSE ARRAY['SOC2'] END
FROM generate_series(1, 20) AS p
ON CONFLICT (id) DO NOTHING;

INSERT INTO provider_health (provider_id, status, avg_latency_ms)
SELECT 'synthetic-' || p, CASE WHEN p = 7 THEN 'unhealthy' WHEN p % 5 = 0 THEN 'degraded' ELSE 'healthy' END,
       100 + p * 37
FROM generate_series(1, 20) AS p
ON CONFLICT (provider_id, region) DO NOTHING;

INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities,
                    input_modalities, output_modalities, context_window, pricing_type,
                    input_cost_per_1k, output_cost_per_1k, cost_per_request, cost_per_image, deprecated)
SELECT 'synthetic-' || (1 + (i / 8) % 20),
       'synthetic-' || i,
       'synthetic/synthetic-' || i,
       'synthetic-' || i,
       'Synthetic Model ' || i,
       (ARRAY['llm', 'llm', 'llm', 'vision_llm', 'embedding', 'image_generation', 'speech_to_text', 'search'])[1 + i % 8],
       CASE i % 8 WHEN 0 THEN ARRAY['chat', 'function_calling'] WHEN 1 THEN ARRAY['chat']
                  WHEN 2 THEN ARRAY['completion'] WHEN 3 THEN ARRAY['chat', 'vision'] WHEN 4 THEN ARRAY['embedding']
                  WHEN 5 THEN ARRAY['image_generation'] WHEN 6 THEN ARRAY['transcription'] ELSE ARRAY['search'] END,
       CASE i % 8 WHEN 3 THEN ARRAY['text', 'image'] WHEN 6 THEN ARRAY['audio'] ELSE ARRAY['text'] END,
       CASE i % 8 WHEN 4 THEN ARRAY['embedding'] WHEN 5 THEN ARRAY['image'] ELSE ARRAY['text'] END,
       (ARRAY[8192, 32768, 128000, 200000])[1 + i % 4],
       CASE WHEN i % 8 = 5 THEN 'per_image' WHEN i % 8 = 7 THEN 'per_request' ELSE 'per_token' END,
       CASE WHEN i % 8 IN (5, 7) THEN NULL ELSE (i % 50 + 1) * 0.0001 END,
       CASE WHEN i % 8 IN (4, 5, 7) THEN NULL ELSE (i % 50 + 1) * 0.0004 END,
       CASE WHEN i % 8 = 7 THEN 0.005 END,
       CASE WHEN i % 8 = 5 THEN 0.04 END,
       i % 97 = 0
FROM generate_series(1, 10000) AS i
ON CONFLICT (provider_id, model_id) DO NOTHING;

ANALYZE providers;
ANALYZE provider_health;
ANALYZE models;
