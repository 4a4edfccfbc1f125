package io.radiant.registry.console;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A registry as an operator would find it after a few days: health figures for most providers (one
 * degraded, one down, one with a refused key, two never probed), thermal states of every kind with some
 * endpoints warming, a sync history with a failure, and review entries, one of them carrying markup.
 */
final class ConsoleTestData {

    private ConsoleTestData() { }

    static void seed(JdbcTemplate jdbc, String hostileText) {
        // Figures vary by provider but deterministically, so every run (and every screenshot) shows the same.
        jdbc.update("""
                INSERT INTO provider_health (provider_id, status, auth_status, avg_latency_ms, p95_latency_ms,
                                             p99_latency_ms, error_rate, success_rate, last_check_at, last_success_at)
                SELECT p.id, 'healthy', 'ok', 180 + n * 37 % 400, 420 + n * 53 % 900, 700 + n * 71 % 1500,
                       (n % 3) * 0.5, 100 - (n % 3) * 0.5, now() - interval '2 minutes', now() - interval '2 minutes'
                FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM providers WHERE id NOT IN ('meshy', 'luma')) p
                ON CONFLICT (provider_id, region) DO NOTHING""");
        jdbc.update("UPDATE provider_health SET status = 'degraded', avg_latency_ms = 2380, p95_latency_ms = 4920, "
                + "p99_latency_ms = 7410, error_rate = 8.33, success_rate = 91.67 WHERE provider_id = 'openai'");
        jdbc.update("UPDATE provider_health SET status = 'unhealthy', error_rate = 100, success_rate = 0, "
                + "last_failure_at = now() - interval '2 minutes', last_success_at = now() - interval '3 hours', "
                + "last_error = 'HTTP 503 from GET https://generativelanguage.googleapis.com/v1beta/models?key=***' "
                + "WHERE provider_id = 'google'");
        jdbc.update("UPDATE provider_health SET auth_status = 'unauthorized', "
                + "last_error = 'HTTP 401: the API key in COHERE_API_KEY was refused' WHERE provider_id = 'cohere'");

        jdbc.update("""
                UPDATE thermal_states t SET
                    current_state = CASE WHEN s.n % 9 = 0 THEN 'HOT' WHEN s.n % 9 IN (1, 2, 3) THEN 'WARM'
                                         WHEN s.n % 9 = 8 THEN 'OFF' ELSE 'COLD' END,
                    is_transitioning = false, target_state = NULL, endpoint_status = 'InService',
                    instance_count = CASE WHEN s.n % 9 = 0 THEN 3 WHEN s.n % 9 IN (1, 2, 3) THEN 1 ELSE 0 END,
                    last_checked_at = now() - interval '1 minute'
                FROM (SELECT model_id, row_number() OVER (ORDER BY model_id) AS n FROM thermal_states) s
                WHERE s.model_id = t.model_id""");
        jdbc.update("UPDATE thermal_states SET endpoint_status = NULL, instance_count = NULL WHERE current_state = 'OFF'");
        // warming: asked to warm, still scaled to zero
        jdbc.update("""
                UPDATE thermal_states SET target_state = 'WARM', is_transitioning = true,
                    warmup_requested_at = now() - interval '40 seconds', endpoint_status = 'Updating'
                WHERE model_id IN (SELECT model_id FROM thermal_states WHERE current_state = 'COLD'
                                   ORDER BY model_id LIMIT 3)""");

        jdbc.update("""
                INSERT INTO registry_sync_log (sync_type, trigger, status, started_at, completed_at, duration_ms,
                    providers_updated, models_added, models_updated, models_deprecated, errors, error_message, instance_id)
                VALUES
                ('full', 'schedule', 'completed', now() - interval '20 hours', now() - interval '20 hours' + interval '6 seconds',
                 6120, 18, 2, 11, 0, ARRAY['cohere: discovery skipped, COHERE_API_KEY is not set'], NULL, 'registry-a'),
                ('pricing', 'schedule', 'completed', now() - interval '3 days', now() - interval '3 days' + interval '3 seconds',
                 2870, 0, 0, 14, 0, '{}', NULL, 'registry-b'),
                ('health', 'schedule', 'failed', now() - interval '7 minutes', now() - interval '7 minutes' + interval '31 seconds',
                 31000, 0, 0, 0, 0, '{}', 'Health probes timed out: google (5000 ms), openai (5000 ms)', 'registry-a'),
                ('health', 'schedule', 'completed', now() - interval '2 minutes', now() - interval '2 minutes' + interval '1 second',
                 1410, 17, 0, 0, 0, '{}', NULL, 'registry-b'),
                ('thermal', 'schedule', 'completed', now() - interval '1 minute', now() - interval '1 minute' + interval '2 seconds',
                 1930, 0, 0, 9, 0, '{}', NULL, 'registry-a')""");

        jdbc.update("""
                INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason, first_seen_at, last_seen_at)
                VALUES ('openai', 'gpt-5.1-mini', 'new_model',
                        '{"id": "gpt-5.1-mini", "displayName": "GPT-5.1 mini", "suggestedCategory": "llm",
                          "contextWindow": 400000, "maxOutput": 128000, "inputModalities": ["text", "image"],
                          "outputModalities": ["text"], "ownedBy": "openai",
                          "feeds": {"models.dev": {"inputCostPer1k": 0.00025, "outputCostPer1k": 0.002},
                                    "openrouter": {"contextLength": 400000}}}',
                        'Listed by the provider, not in the catalog', now() - interval '20 hours', now() - interval '20 hours'),
                       ('mistral', 'mistral-medium-2508', 'price_change',
                        '{"changes": [{"field": "input_cost_per_1k", "oldValue": 0.0004, "newValue": 0.004}]}',
                        'Input price moves 10x (above registry.pricing.max-change-factor)', now() - interval '3 days', now() - interval '3 days')""");
        jdbc.update("INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason) VALUES "
                + "('anthropic', 'claude-2.1', 'deprecation', jsonb_build_object('note', ?::text), ?)", hostileText,
                "Missing from the provider's list: " + hostileText);
        // a set of feed dates held as one decision, and an event EventBridge refused for good
        jdbc.update("""
                INSERT INTO model_review_queue (provider_id, model_id, kind, discovered, reason)
                VALUES ('google', '*', 'held_changes',
                        '{"source": "feeds", "changes": [
                          {"modelId": "gemini-1.5-flash", "field": "deprecation_date", "oldValue": null,
                           "newValue": "2025-09-24", "source": "litellm"},
                          {"modelId": "gemini-1.5-pro", "field": "deprecation_date", "oldValue": null,
                           "newValue": "2025-09-24", "source": "litellm"}]}',
                        'lifecycle dates stated by public feeds for 2 model(s): a feed''s dates are proposals, never applied by themselves')""");
        jdbc.update("INSERT INTO event_outbox (detail_type, detail, attempts, dead_at, last_error) VALUES "
                + "('ModelDiscovered', '{}', 3, now(), 'MalformedDetail: Detail is malformed.')");
    }
}
