package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.SharedRegistryIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A change committed with plain SQL (no service code involved: as an operator's psql would) reaches the
 * answers within a second, for every table selection reads. The safety-net reload runs every 30 s, so only
 * the notifications of the V30 triggers can make these pass.
 */
class SelectionFreshnessTest extends SharedRegistryIntegrationTest {

    static final Duration BOUND = Duration.ofSeconds(1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Http http;
    private String cap;
    private String provider;

    @BeforeEach
    void catalogOfTwo() throws InterruptedException {
        http = new Http(port);
        cap = "cap_" + UUID.randomUUID().toString().substring(0, 8);
        provider = "p_" + cap;
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url) VALUES (?, ?, 'https://a.test/v1')",
                provider, "Provider " + cap);
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES (?, 'healthy', 100)", provider);
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                + "input_modalities, output_modalities, pricing_type, input_cost_per_1k, output_cost_per_1k) VALUES "
                + "(?, ?, ?, ?, ?, 'llm', ARRAY['chat', ?], '{text}', '{text}', 'per_token', 0.001, 0.001)",
                provider, cap + "-ext", cap + "-ext", cap, cap, cap);
        jdbc.update("INSERT INTO self_hosted_models (model_id, name, display_name, category, specialty, capabilities, "
                + "input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, license, "
                + "hourly_rate, min_tier) VALUES (?, ?, ?, 'llm', 'chat', ARRAY['chat', ?], '{text}', '{text}', 'chat', "
                + "'img', 'ml.g5.2xlarge', 16, 'MIT', 2.0, 1)", cap + "-sh", cap, cap, cap);
        jdbc.update("INSERT INTO thermal_states (model_id, current_state) VALUES (?, 'OFF')", cap + "-sh");
        awaitAnswer(m -> m.get("modelId").asText().equals(cap + "-ext"), Duration.ofSeconds(10));
    }

    @Test
    void thermalChangesReachTheAnswersWithinASecond() {
        String[] states = {"HOT", "OFF", "WARM", "OFF", "HOT", "OFF"};
        for (String state : states) {
            jdbc.update("UPDATE thermal_states SET current_state = ? WHERE model_id = ?", state, cap + "-sh");
            String expected = state.equals("OFF") ? cap + "-ext" : cap + "-sh";
            Duration took = awaitAnswer(m -> m.get("modelId").asText().equals(expected), Duration.ofSeconds(5));
            assertThat(took).as("thermal %s reflected after %s", state, took).isLessThanOrEqualTo(BOUND);
        }
    }

    @Test
    void providerHealthModelAndProviderChangesReachTheAnswersWithinASecond() {
        jdbc.update("UPDATE provider_health SET status = 'unhealthy' WHERE provider_id = ?", provider);
        assertThat(awaitAnswer(m -> m.get("modelId").asText().equals(cap + "-sh"), Duration.ofSeconds(5)))
                .as("provider_health").isLessThanOrEqualTo(BOUND);

        jdbc.update("UPDATE provider_health SET status = 'healthy' WHERE provider_id = ?", provider);
        assertThat(awaitAnswer(m -> m.get("modelId").asText().equals(cap + "-ext"), Duration.ofSeconds(5)))
                .as("provider_health back").isLessThanOrEqualTo(BOUND);

        jdbc.update("UPDATE models SET deprecated = true WHERE model_id = ?", cap + "-ext");
        assertThat(awaitAnswer(m -> m.get("modelId").asText().equals(cap + "-sh"), Duration.ofSeconds(5)))
                .as("models").isLessThanOrEqualTo(BOUND);

        jdbc.update("UPDATE models SET deprecated = false WHERE model_id = ?", cap + "-ext");
        jdbc.update("UPDATE providers SET enabled = false WHERE id = ?", provider);
        assertThat(awaitAnswer(m -> m.get("modelId").asText().equals(cap + "-sh"), Duration.ofSeconds(5)))
                .as("providers").isLessThanOrEqualTo(BOUND);

        // the task's default model lacks the required capability, so with both models gone nothing may answer
        jdbc.update("UPDATE self_hosted_models SET enabled = false WHERE model_id = ?", cap + "-sh");
        assertThat(awaitOutcome(a -> a.status() == 404, Duration.ofSeconds(5)))
                .as("self_hosted_models").isLessThanOrEqualTo(BOUND);
    }

    /** Time from now (just after the commit) to the first selected model satisfying {@code reflects}. */
    private Duration awaitAnswer(Predicate<JsonNode> reflects, Duration atMost) {
        return awaitOutcome(a -> a.status() == 200 && reflects.test(a.json()), atMost);
    }

    /**
     * Time from now to the first answer satisfying {@code reflects}. Until the change is seen, an answer may be a
     * 404: the test's models carry a capability the task's default model lacks, so nothing else may answer.
     */
    private Duration awaitOutcome(Predicate<Http.Answer> reflects, Duration atMost) {
        long start = System.nanoTime();
        String criteria = "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3,"
                + "\"requiredCapabilities\":[\"" + cap + "\"]}";
        String last = null;
        while (System.nanoTime() - start < atMost.toNanos()) {
            Http.Answer a = http.postJson("/api/v2/registry/select", criteria);
            assertThat(a.status()).as(a.body()).isIn(200, 404);
            last = a.status() + " " + a.body();
            if (reflects.test(a)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Not reflected within " + atMost + "; last answer " + last);
    }
}
