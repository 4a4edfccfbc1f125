package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.SharedRegistryIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POST /api/v2/registry/select over HTTP against the real database, rule by rule and fallback branch by
 * branch. Each test seeds its own models carrying a capability of its own and requires it, so only its
 * rows can match among the shipped catalog.
 */
@AutoConfigureObservability(tracing = false) // Spring Boot tests export no metrics unless asked: the scrape is checked
class SelectionApiTest extends SharedRegistryIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    SelectionData selectionData;

    private Http http;
    private String cap;
    private String provider;

    @BeforeEach
    void ownCapabilityAndProvider() {
        http = new Http(port);
        cap = "cap_" + UUID.randomUUID().toString().substring(0, 8);
        provider = "p_" + cap;
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, compliance) VALUES (?, ?, 'https://a.test/v1', '{}')",
                provider, "Provider " + cap);
    }

    @Test
    void aReadyExternalModelIsAnsweredWithItsLitellmId() {
        external("ext-a", provider, 100, "per_token", 0.001, 0.002, null);

        JsonNode m = select("").json();

        assertThat(m.get("modelId").asText()).isEqualTo(cap + "-ext-a");
        assertThat(m.get("litellmId").asText()).isEqualTo("litellm/" + cap + "-ext-a");
        assertThat(m.get("hostingType").asText()).isEqualTo("external");
        assertThat(m.get("providerName").asText()).isEqualTo("Provider " + cap);
        assertThat(m.get("primaryMode").asText()).isEqualTo("chat");
        assertThat(m.get("warmupRequired").asBoolean()).isFalse();
        assertThat(m.get("warmupTimeSeconds").isNull()).isTrue();
        assertThat(m.get("thermalState").isNull()).isTrue();
        assertThat(m.get("selectionReason").asText()).isEqualTo("primary");
    }

    @Test
    void readinessRanksHotWarmColdThenExternalThenOff() {
        selfHosted("off", 3, "OFF", 300);
        external("ext", provider, 900, "per_token", 0.001, 0.002, null);
        JsonNode overOff = select("").json();
        assertThat(overOff.get("modelId").asText()).as("OFF ranks after external").isEqualTo(cap + "-ext");
        assertThat(overOff.get("selectionReason").asText()).isEqualTo("primary");

        selfHosted("cold", 3, "COLD", 120);
        JsonNode overCold = select("").json();
        assertThat(overCold.get("modelId").asText()).as("a ready model answers for the COLD primary").isEqualTo(cap + "-ext");
        assertThat(overCold.get("warmingModelId").asText()).as("COLD ranks before external").isEqualTo(cap + "-cold");

        selfHosted("warm", 3, "WARM", 60);
        assertThat(select("").json().get("modelId").asText()).isEqualTo(cap + "-warm");

        selfHosted("hot", 3, "HOT", 60);
        JsonNode hot = select("").json();
        assertThat(hot.get("modelId").asText()).isEqualTo(cap + "-hot");
        assertThat(hot.get("thermalState").asText()).isEqualTo("HOT");
        assertThat(hot.get("litellmId").asText()).isEqualTo("sagemaker/" + cap + "-hot");
    }

    @Test
    void aColdPrimaryUnderAnyHostingIsWarmedOnceWhileAReadyExternalModelAnswers() {
        selfHosted("cold", 3, "COLD", 120);
        external("ext", provider, 200, "per_token", 0.001, 0.002, null);

        JsonNode m = select("").json();

        assertThat(m.get("modelId").asText()).isEqualTo(cap + "-ext");
        assertThat(m.get("selectionReason").asText()).isEqualTo("ready_alternative");
        assertThat(m.get("warmingModelId").asText()).isEqualTo(cap + "-cold");
        assertThat(m.get("warmupRequired").asBoolean()).isFalse();
        assertThat(m.get("registryAsOf").asText()).endsWith("Z");
        awaitWarmupRequested(cap + "-cold");
        Timestamp first = requestedAt(cap + "-cold");

        for (int i = 0; i < 5; i++) {
            assertThat(select("").json().get("warmingModelId").asText()).isEqualTo(cap + "-cold");
        }
        assertThat(requestedAt(cap + "-cold")).as("one warm-up, however many selections").isEqualTo(first);
    }

    @Test
    void aColdPrimaryIsWarmedInTheBackgroundWhileAReadyExternalModelAnswers() {
        selfHosted("cold", 3, "COLD", 120);
        external("ext", provider, 200, "per_token", 0.001, 0.002, null);

        JsonNode m = select(",\"preferHosting\":\"self_hosted\"").json();

        assertThat(m.get("modelId").asText()).isEqualTo(cap + "-ext");
        assertThat(m.get("selectionReason").asText()).isEqualTo("ready_alternative");
        assertThat(m.get("warmingModelId").asText()).isEqualTo(cap + "-cold");
        assertThat(m.get("warmupRequired").asBoolean()).isFalse();
        awaitWarmupRequested(cap + "-cold");
    }

    @Test
    void anOffModelIsNeverReportedReady() {
        selfHosted("off", 3, "OFF", 600);
        JsonNode alone = select("").json();
        assertThat(alone.get("modelId").asText()).isEqualTo(cap + "-off");
        assertThat(alone.get("warmupRequired").asBoolean()).isTrue();
        assertThat(alone.get("selectionReason").asText()).isEqualTo("primary_needs_warmup");

        JsonNode preferred = select(",\"preferHosting\":\"self_hosted\"").json();
        assertThat(preferred.get("warmupRequired").asBoolean()).isTrue();
        assertThat(preferred.get("thermalState").asText()).isEqualTo("OFF");
    }

    @Test
    void aPreferredSelfHostedProviderIsWarmedWhileAReadyExternalModelAnswers() {
        selfHosted("cold", 3, "COLD", 120);
        external("ext", provider, 200, "per_token", 0.001, 0.002, null);

        JsonNode m = select(",\"preferProvider\":[\"self_hosted\"]").json();

        assertThat(m.get("modelId").asText()).isEqualTo(cap + "-ext");
        assertThat(m.get("warmingModelId").asText()).isEqualTo(cap + "-cold");
        awaitWarmupRequested(cap + "-cold");
    }

    @Test
    void withNoReadyAlternativeTheColdPrimaryIsAnsweredWithItsWarmUpTime() {
        selfHosted("cold", 3, "COLD", 240);

        JsonNode m = select("").json();

        assertThat(m.get("modelId").asText()).isEqualTo(cap + "-cold");
        assertThat(m.get("warmupRequired").asBoolean()).isTrue();
        assertThat(m.get("warmupTimeSeconds").asInt()).isEqualTo(240);
        assertThat(m.get("thermalState").asText()).isEqualTo("COLD");
        assertThat(m.get("selectionReason").asText()).isEqualTo("primary_needs_warmup");
        awaitWarmupRequested(cap + "-cold");
    }

    @Test
    void anOffModelIsWarmedToo() {
        selfHosted("off", 3, "OFF", 600);

        JsonNode m = select("").json();

        assertThat(m.get("warmupRequired").asBoolean()).isTrue();
        assertThat(m.get("thermalState").asText()).isEqualTo("OFF");
        awaitWarmupRequested(cap + "-off");
    }

    @Test
    void theWarmUpIsRecordedOnceHoweverManySelectionsAskForIt() {
        selfHosted("cold", 3, "COLD", 120);
        select("");
        awaitWarmupRequested(cap + "-cold");
        Timestamp first = requestedAt(cap + "-cold");

        for (int i = 0; i < 5; i++) {
            assertThat(select("").json().get("modelId").asText()).isEqualTo(cap + "-cold");
        }
        // the route itself, past the in-memory quiet period, does not record it again either
        producer.sendBody("direct:warmup-request", cap + "-cold");

        assertThat(requestedAt(cap + "-cold")).isEqualTo(first);
    }

    @Test
    void aWarmUpOlderThanTheRetryPeriodIsRequestedAgain() {
        selfHosted("stuck", 3, "COLD", 120);
        jdbc.update("UPDATE thermal_states SET target_state = 'WARM', is_transitioning = true, "
                + "warmup_requested_at = NOW() - INTERVAL '2 hours' WHERE model_id = ?", cap + "-stuck");
        Timestamp old = requestedAt(cap + "-stuck");

        producer.sendBody("direct:warmup-request", cap + "-stuck");

        assertThat(requestedAt(cap + "-stuck")).isAfter(old);
    }

    @Test
    void deprecatedAndUnhealthyModelsAreNeverSelected() {
        external("deprecated", provider, 10, "per_token", 0.001, 0.002, null);
        jdbc.update("UPDATE models SET deprecated = true WHERE model_id = ?", cap + "-deprecated");
        String sick = "sick_" + cap;
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url) VALUES (?, 'Sick', 'https://s.test/v1')", sick);
        external("unhealthy", sick, 20, "per_token", 0.001, 0.002, null);
        jdbc.update("UPDATE provider_health SET status = 'unhealthy' WHERE provider_id = ?", sick);
        external("fine", provider, 500, "per_token", 0.001, 0.002, null);

        assertThat(select("").json().get("modelId").asText()).isEqualTo(cap + "-fine");
    }

    @Test
    void aModelPastItsRetirementDateIsNeverSelected() {
        external("retired", provider, 10, "per_token", 0.001, 0.002, null);
        external("successor", provider, 10, "per_token", 0.001, 0.002, null);
        jdbc.update("UPDATE models SET retirement_date = (now() AT TIME ZONE 'UTC')::date - 1 WHERE model_id = ?",
                cap + "-retired");
        assertThat(select("").json().get("modelId").asText()).isEqualTo(cap + "-successor");

        jdbc.update("UPDATE models SET retirement_date = (now() AT TIME ZONE 'UTC')::date WHERE model_id = ?",
                cap + "-retired");
        assertThat(select("").json().get("modelId").asText()).as("still served on its retirement date")
                .isEqualTo(cap + "-retired");
    }

    @Test
    void everySelectionCountsInRegistrySelectionsTotalByReason() {
        selfHosted("cold", 3, "COLD", 120);
        double before = selections("ready_alternative");
        external("ext", provider, 200, "per_token", 0.001, 0.002, null);
        select("");
        select("");

        assertThat(selections("ready_alternative")).isEqualTo(before + 2);
        for (String reason : new String[] {"primary", "ready_alternative", "primary_needs_warmup", "task_default", "none"}) {
            assertThat(selections(reason)).as(reason).isGreaterThanOrEqualTo(0);
        }
    }

    /** The value of registry_selections_total{reason}, -1 when the series is missing. */
    private double selections(String reason) {
        String scrape = http.get("/actuator/prometheus").body();
        return scrape.lines()
                .filter(l -> l.startsWith("registry_selections_total{") && l.contains("reason=\"" + reason + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }

    @Test
    void preferredProvidersRankFirst() {
        String other = "o_" + cap;
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url) VALUES (?, 'Other', 'https://o.test/v1')", other);
        external("fast", provider, 50, "per_token", 0.001, 0.002, null);
        external("slow", other, 900, "per_token", 0.001, 0.002, null);

        assertThat(select("").json().get("modelId").asText()).isEqualTo(cap + "-fast");
        assertThat(select(",\"preferProvider\":[\"" + other + "\"]").json().get("modelId").asText()).isEqualTo(cap + "-slow");
        assertThat(select(",\"preferProvider\":[\"OTHER\"]").json().get("modelId").asText())
                .as("provider names match too, case-insensitively").isEqualTo(cap + "-slow");
    }

    @Test
    void maxLatencyExcludesSlowerModelsButNotUnknownLatency() {
        String unmeasured = "u_" + cap;
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url) VALUES (?, 'Unmeasured', 'https://u.test/v1')",
                unmeasured);
        external("measured", provider, 300, "per_token", 0.001, 0.002, null);
        external("unknown", unmeasured, null, "per_token", 0.001, 0.002, null);

        assertThat(select("").json().get("modelId").asText()).isEqualTo(cap + "-measured");
        assertThat(select(",\"maxLatencyMs\":300").json().get("modelId").asText()).isEqualTo(cap + "-measured");
        assertThat(select(",\"maxLatencyMs\":299").json().get("modelId").asText()).isEqualTo(cap + "-unknown");
    }

    @Test
    void maxCostExcludesModelsWhoseEstimatedRequestCostIsHigher() {
        // per_token estimate = 1k input + 1k output tokens = 0.01 + 0.03 (latency is per provider: one each)
        external("tokens", provider("t"), 100, "per_token", 0.01, 0.03, null);
        external("request", provider("r"), 200, "per_request", null, null, 0.002);
        external("unpriced", provider("u"), 300, "per_token", null, null, null);

        assertThat(select(",\"maxCostPerRequest\":0.04").json().get("modelId").asText()).isEqualTo(cap + "-tokens");
        assertThat(select(",\"maxCostPerRequest\":0.039").json().get("modelId").asText()).isEqualTo(cap + "-request");
        assertThat(select(",\"maxCostPerRequest\":0.001").json().get("modelId").asText())
                .as("an unknown cost is not excluded").isEqualTo(cap + "-unpriced");
    }

    @Test
    void theTenantTierMustReachTheModelsMinimumTier() {
        selfHosted("big", 4, "WARM", 60);
        FreshSelectionData.await(jdbc, selectionData);
        Http.Answer tier3 = http.postJson("/api/v2/registry/select", "{\"task\":\"chat\",\"inputModality\":[\"text\"],"
                + "\"outputModality\":[\"text\"],\"tenantTier\":3,\"requiredCapabilities\":[\"" + cap + "\"]}");
        assertThat(tier3.status()).as("tier 3 cannot use it, and the task default lacks the required capability")
                .isEqualTo(404);
        assertThat(select("", 4).json().get("modelId").asText()).isEqualTo(cap + "-big");
    }

    @Test
    void whenNothingMatchesTheTasksDefaultModelAnswers() {
        // gpt-4o-mini has every hard requirement (the test's capability too) but fails a soft criterion: the cost
        // cap of the nominal request ($0.00075 for 1k + 1k tokens), which does not bind the default
        jdbc.update("UPDATE models SET capabilities = array_append(capabilities, ?) WHERE model_id = 'gpt-4o-mini'", cap);
        try {
            JsonNode m = select(",\"maxCostPerRequest\":0.0001").json();

            assertThat(m.get("modelId").asText()).isEqualTo("gpt-4o-mini");
            assertThat(m.get("providerId").asText()).isEqualTo("openai");
            assertThat(m.get("selectionReason").asText()).isEqualTo("task_default");
            assertThat(m.get("warmupRequired").asBoolean()).isFalse();
        } finally {
            jdbc.update("UPDATE models SET capabilities = array_remove(capabilities, ?) WHERE model_id = 'gpt-4o-mini'", cap);
        }
    }

    @Test
    void aDefaultModelWithoutARequiredCapabilityIsNoAnswer() {
        FreshSelectionData.await(jdbc, selectionData);
        Http.Answer a = http.postJson("/api/v2/registry/select", "{\"task\":\"chat\",\"inputModality\":[\"text\"],"
                + "\"outputModality\":[\"text\"],\"tenantTier\":3,\"requiredCapabilities\":[\"" + cap + "\"]}");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("error").asText()).isEqualTo("no_model_available");
        JsonNode explained = http.postJson("/api/v2/registry/select/explain", "{\"task\":\"chat\",\"inputModality\":"
                + "[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3,\"requiredCapabilities\":[\"" + cap + "\"]}").json();
        assertThat(explained.get("selected").isNull()).isTrue();
        assertThat(explained.get("rejectedCounts").get("capability").asInt()).isPositive();
    }

    @Test
    void theDefaultModelMustSuitTheTenantsTierElse404() {
        // meshy-v3 (the 3d default) as a self-hosted model that tier 3 may not use; it has the required capability
        // but its per-request price is over the (nominal) cost cap, so it is no primary, only the default
        jdbc.update("UPDATE models SET enabled = false WHERE model_id = 'meshy-v3'");
        jdbc.update("INSERT INTO self_hosted_models (model_id, name, display_name, category, specialty, capabilities, "
                + "input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, license, "
                + "hourly_rate, per_request, min_tier) VALUES ('meshy-v3', 'meshy-v3', 'Meshy v3 (self-hosted)', '3d', '3d', "
                + "ARRAY[?], '{text}', '{3d}', '3d', 'img', 'ml.g5.xlarge', 24, 'MIT', 2.0, 1.0, 4)", cap);
        jdbc.update("INSERT INTO thermal_states (model_id, current_state) VALUES ('meshy-v3', 'WARM')");
        try {
            String criteria = "{\"task\":\"3d\",\"inputModality\":[\"text\"],\"outputModality\":[\"3d\"],"
                    + "\"requiredCapabilities\":[\"" + cap + "\"],\"maxCostPerRequest\":0.5,\"tenantTier\":";

            FreshSelectionData.await(jdbc, selectionData);
            Http.Answer tier3 = http.postJson("/api/v2/registry/select", criteria + "3}");
            assertThat(tier3.status()).isEqualTo(404);
            assertThat(tier3.json().get("error").asText()).isEqualTo("no_model_available");
            assertThat(tier3.json().get("message").asText()).contains("meshy-v3");

            Http.Answer tier4 = http.postJson("/api/v2/registry/select", criteria + "4}");
            assertThat(tier4.status()).as(tier4.body()).isEqualTo(200);
            assertThat(tier4.json().get("modelId").asText()).isEqualTo("meshy-v3");
            assertThat(tier4.json().get("selectionReason").asText()).isEqualTo("task_default");
        } finally {
            jdbc.update("DELETE FROM thermal_states WHERE model_id = 'meshy-v3'");
            jdbc.update("DELETE FROM self_hosted_models WHERE model_id = 'meshy-v3'");
            jdbc.update("UPDATE models SET enabled = true WHERE model_id = 'meshy-v3'");
        }
    }

    @Test
    void aHipaaRequestNeverFallsBackToANonHipaaDefault() {
        // perplexity-sonar (the search default) with the test's capability, over a nominal cost cap of 0: only the default
        jdbc.update("UPDATE models SET capabilities = array_append(capabilities, ?) WHERE model_id = 'perplexity-sonar'", cap);
        try {
            String criteria = "{\"task\":\"search\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],"
                    + "\"tenantTier\":5,\"maxCostPerRequest\":0,\"requiredCapabilities\":[\"" + cap + "\"]";

            FreshSelectionData.await(jdbc, selectionData);
            Http.Answer plain = http.postJson("/api/v2/registry/select", criteria + "}");
            assertThat(plain.status()).as(plain.body()).isEqualTo(200);
            assertThat(plain.json().get("modelId").asText()).isEqualTo("perplexity-sonar");
            Http.Answer hipaa = http.postJson("/api/v2/registry/select", criteria + ",\"requireHIPAA\":true}");
            assertThat(hipaa.status()).isEqualTo(404);
            assertThat(hipaa.json().get("error").asText()).isEqualTo("no_model_available");
        } finally {
            jdbc.update("UPDATE models SET capabilities = array_remove(capabilities, ?) WHERE model_id = 'perplexity-sonar'", cap);
        }
    }

    @Test
    void requireHipaaKeepsOnlyHipaaProviders() {
        String covered = "h_" + cap;
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, compliance) VALUES (?, 'Covered', "
                + "'https://h.test/v1', '{SOC2,HIPAA}')", covered);
        external("plain", provider, 10, "per_token", 0.001, 0.002, null);
        external("covered", covered, 900, "per_token", 0.001, 0.002, null);

        assertThat(select("").json().get("modelId").asText()).isEqualTo(cap + "-plain");
        assertThat(select(",\"requireHIPAA\":true").json().get("modelId").asText()).isEqualTo(cap + "-covered");
    }

    @Test
    void theSpecsSelectModelFunctionStillAnswersItsVerificationQuery() {
        // spec 36.8: SELECT * FROM select_model('chat', ARRAY['text'], ARRAY['text'], 3, 'any', '{}', NULL, false)
        var rows = jdbc.queryForList(
                "SELECT * FROM select_model('chat', ARRAY['text'], ARRAY['text'], 3, 'any', '{}', NULL, false)");
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(rows.get(0).keySet()).containsExactly("model_id", "display_name", "hosting_type", "provider_name",
                "primary_mode", "thermal_state", "warmup_required", "warmup_time_seconds", "health_status");
    }

    // ---------------------------------------------------------------------------------------------

    private Http.Answer select(String extraFields) {
        return select(extraFields, 3);
    }

    private Http.Answer select(String extraFields, int tier) {
        FreshSelectionData.await(jdbc, selectionData);
        Http.Answer a = http.postJson("/api/v2/registry/select", "{\"task\":\"chat\",\"inputModality\":[\"text\"],"
                + "\"outputModality\":[\"text\"],\"tenantTier\":" + tier + ",\"requiredCapabilities\":[\"" + cap + "\"]"
                + extraFields + "}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    private String provider(String suffix) {
        String id = suffix + "_" + cap;
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url) VALUES (?, ?, 'https://x.test/v1')", id, id);
        return id;
    }

    private void external(String name, String providerId, Integer latencyMs, String pricingType, Double in, Double out,
                          Double perRequest) {
        String id = cap + "-" + name;
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                        + "input_modalities, output_modalities, context_window, pricing_type, input_cost_per_1k, "
                        + "output_cost_per_1k, cost_per_request) VALUES (?, ?, ?, ?, ?, 'llm', ARRAY['chat', ?], '{text}', "
                        + "'{text}', 128000, ?, ?, ?, ?)",
                providerId, id, "litellm/" + id, id, id.toUpperCase(), cap, pricingType, in, out, perRequest);
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES (?, 'healthy', ?) "
                + "ON CONFLICT (provider_id, region) DO UPDATE SET avg_latency_ms = EXCLUDED.avg_latency_ms",
                providerId, latencyMs);
    }

    private void selfHosted(String name, int minTier, String thermal, int warmupSeconds) {
        String id = cap + "-" + name;
        jdbc.update("INSERT INTO self_hosted_models (model_id, name, display_name, category, specialty, capabilities, "
                        + "input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, "
                        + "license, hourly_rate, per_request, min_tier, warmup_time_seconds) VALUES (?, ?, ?, 'llm', 'chat', "
                        + "ARRAY['chat', ?], '{text}', '{text}', 'chat', 'huggingface-llm:2.0-gpu', 'ml.g5.2xlarge', 16, "
                        + "'Apache-2.0', 2.66, 0.005, ?, ?)",
                id, id, id.toUpperCase(), cap, minTier, warmupSeconds);
        jdbc.update("INSERT INTO thermal_states (model_id, current_state) VALUES (?, ?)", id, thermal);
    }

    private void awaitWarmupRequested(String modelId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> t = jdbc.queryForMap(
                    "SELECT target_state, is_transitioning, warmup_requested_at FROM thermal_states WHERE model_id = ?", modelId);
            assertThat(t.get("target_state")).isEqualTo("WARM");
            assertThat(t.get("is_transitioning")).isEqualTo(true);
            assertThat(t.get("warmup_requested_at")).isNotNull();
        });
    }

    private Timestamp requestedAt(String modelId) {
        return jdbc.queryForObject("SELECT warmup_requested_at FROM thermal_states WHERE model_id = ?", Timestamp.class, modelId);
    }
}
