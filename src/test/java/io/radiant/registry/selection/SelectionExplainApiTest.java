package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.SharedRegistryIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POST /api/v2/registry/select/explain over HTTP: each criterion's reason, the order of reasons (the first
 * excluding criterion wins), counts, and agreement with /select. Every test's models carry a capability of
 * their own, so the shipped catalog only shows up as capability rejections.
 */
class SelectionExplainApiTest extends SharedRegistryIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
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
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES (?, 'healthy', 100)", provider);
    }

    @Test
    void eachCriterionIsNamedAsTheReasonOfTheModelsItExcludes() {
        model("ok", "{text}", "{text}", 128_000, 0.001, false, true, null);
        model("input", "{image}", "{text}", 128_000, 0.001, false, true, null);
        model("output", "{text}", "{image}", 128_000, 0.001, false, true, null);
        model("context", "{text}", "{text}", 8_000, 0.001, false, true, null);
        model("cost", "{text}", "{text}", 128_000, 5.0, false, true, null);
        model("deprecated", "{text}", "{text}", 128_000, 0.001, true, true, null);
        model("disabled", "{text}", "{text}", 128_000, 0.001, false, false, null);
        model("retired", "{text}", "{text}", 128_000, 0.001, false, true, "2020-01-01");
        selfHosted("tier", 5, "WARM");
        String slow = otherProvider("slow", "healthy", 5_000, "{}");
        model(slow, "slow", 0.001);
        String sick = otherProvider("sick", "unhealthy", 100, "{}");
        model(sick, "sick", 0.001);
        String phi = otherProvider("phi", "healthy", 100, "{HIPAA}");
        model(phi, "phi", 0.001);

        JsonNode e = explain(",\"minContextWindow\":32000,\"maxCostPerRequest\":1,\"maxLatencyMs\":1000");

        assertThat(reasonOf(e, "ok")).isNull();
        assertThat(reasonOf(e, "input")).isEqualTo("input_modality");
        assertThat(reasonOf(e, "output")).isEqualTo("output_modality");
        assertThat(reasonOf(e, "tier")).isEqualTo("tenant_tier");
        assertThat(reasonOf(e, "context")).isEqualTo("context_window");
        assertThat(reasonOf(e, "cost")).isEqualTo("max_cost");
        assertThat(reasonOf(e, "slow")).isEqualTo("max_latency");
        assertThat(reasonOf(e, "sick")).isEqualTo("unhealthy");
        assertThat(reasonOf(e, "deprecated")).isEqualTo("deprecated");
        assertThat(reasonOf(e, "disabled")).isEqualTo("disabled");
        assertThat(reasonOf(e, "retired")).isEqualTo("retired");
        assertThat(rankedIds(e)).containsExactly(cap + "-ok", cap + "-phi");

        JsonNode hipaa = explain(",\"requireHIPAA\":true");
        assertThat(reasonOf(hipaa, "ok")).isEqualTo("hipaa");
        assertThat(rankedIds(hipaa)).containsExactly(cap + "-phi");

        JsonNode hosting = explain(",\"preferHosting\":\"self_hosted\"");
        assertThat(reasonOf(hosting, "ok")).isEqualTo("hosting");
    }

    @Test
    void theFirstExcludingCriterionInTheListedOrderIsTheReason() {
        // wrong input modality, deprecated and too expensive: input_modality comes first in the order
        model("many", "{image}", "{text}", 128_000, 5.0, true, false, "2020-01-01");

        JsonNode e = explain(",\"maxCostPerRequest\":1");

        assertThat(reasonOf(e, "many")).isEqualTo("input_modality");
    }

    @Test
    void countsCoverEveryExcludedModelWithOtherTasksUnderTask() {
        model("ok", "{text}", "{text}", 128_000, 0.001, false, true, null);

        JsonNode e = explain("");

        int catalog = jdbc.queryForObject("SELECT count(*) FROM selection_catalog", Integer.class);
        int otherTasks = jdbc.queryForObject("SELECT count(*) FROM selection_catalog WHERE primary_mode <> 'chat'",
                Integer.class);
        JsonNode counts = e.get("rejectedCounts");
        assertThat(counts.get("task").asInt()).isEqualTo(otherTasks);
        int total = 0;
        for (JsonNode n : counts) {
            total += n.asInt();
        }
        assertThat(total + e.get("ranked").size()).isEqualTo(catalog);
        assertThat(e.get("rejected").size()).isLessThanOrEqualTo(100);
        assertThat(e.get("rejected")).allSatisfy(r -> assertThat(r.get("reason").asText()).isNotEqualTo("task"));
    }

    @Test
    void explainAgreesWithSelectAndShowsWhatRankedTheCandidates() {
        selfHosted("cold", 3, "COLD");
        model("ext", "{text}", "{text}", 128_000, 0.001, false, true, null);

        // A reload may land between the two calls (a late notification of this test's own inserts); the claim
        // is that both answer alike from the same data, so compare a pair that was served from one snapshot.
        JsonNode e = null;
        JsonNode selected = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            e = explain("");
            selected = http.postJson("/api/v2/registry/select", criteria("")).json();
            if (e.get("registryAsOf").asText().equals(selected.get("registryAsOf").asText())) {
                break;
            }
        }

        assertThat(e.get("selected").get("modelId").asText()).isEqualTo(selected.get("modelId").asText())
                .isEqualTo(cap + "-ext");
        assertThat(e.get("selected").get("selectionReason").asText()).isEqualTo("ready_alternative");
        assertThat(e.get("registryAsOf").asText()).isEqualTo(selected.get("registryAsOf").asText());
        JsonNode first = e.get("ranked").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("modelId").asText()).isEqualTo(cap + "-cold");
        assertThat(first.get("hostingType").asText()).isEqualTo("self_hosted");
        assertThat(first.get("thermalState").asText()).isEqualTo("COLD");
        assertThat(first.get("warmupRequired").asBoolean()).isTrue();
        JsonNode second = e.get("ranked").get(1);
        assertThat(second.get("modelId").asText()).isEqualTo(cap + "-ext");
        assertThat(second.get("providerId").asText()).isEqualTo(provider);
        assertThat(second.get("healthStatus").asText()).isEqualTo("healthy");
        assertThat(second.get("avgLatencyMs").asInt()).isEqualTo(100);
        assertThat(second.get("estimatedCostPerRequest").decimalValue()).isEqualByComparingTo("0.002");
    }

    @Test
    void whenNothingFitsSelectedIsNullAndTheReasonsRemain() {
        JsonNode e = explain(",\"requireHIPAA\":true", "search");

        assertThat(e.get("selected").isNull()).isTrue();
        assertThat(e.get("ranked")).isEmpty();
        assertThat(e.get("rejectedCounts").get("capability").asInt()).isPositive();
    }

    @Test
    void malformedCriteriaAreA400NamingTheField() {
        Http.Answer a = http.postJson("/api/v2/registry/select/explain", "{\"task\":\"chat\"}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").asText()).isNotBlank();
        assertThat(a.json().get("message").asText()).contains("inputModality");
    }

    // ---------------------------------------------------------------------------------------------

    private JsonNode explain(String extra) {
        return explain(extra, "chat");
    }

    private JsonNode explain(String extra, String task) {
        FreshSelectionData.await(jdbc, selectionData);
        String body = "{\"task\":\"" + task + "\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3,"
                + "\"requiredCapabilities\":[\"" + cap + "\"]" + extra + "}";
        Http.Answer a = http.postJson("/api/v2/registry/select/explain", body);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private String criteria(String extra) {
        return "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3,"
                + "\"requiredCapabilities\":[\"" + cap + "\"]" + extra + "}";
    }

    private String reasonOf(JsonNode explanation, String name) {
        for (JsonNode r : explanation.get("rejected")) {
            if (r.get("modelId").asText().equals(cap + "-" + name)) {
                return r.get("reason").asText();
            }
        }
        return null;
    }

    private List<String> rankedIds(JsonNode explanation) {
        List<String> ids = new ArrayList<>();
        explanation.get("ranked").forEach(r -> ids.add(r.get("modelId").asText()));
        return ids;
    }

    private String otherProvider(String name, String health, int latency, String compliance) {
        String id = name + "_" + cap;
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, compliance) VALUES (?, ?, 'https://x.test/v1', "
                + "CAST(? AS TEXT[]))", id, id, compliance);
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES (?, ?, ?)", id, health, latency);
        return id;
    }

    private void model(String providerId, String name, double costPer1k) {
        insert(providerId, name, "{text}", "{text}", 128_000, costPer1k, false, true, null);
    }

    private void model(String name, String in, String out, int context, double costPer1k, boolean deprecated,
                       boolean enabled, String retirement) {
        insert(provider, name, in, out, context, costPer1k, deprecated, enabled, retirement);
    }

    private void insert(String providerId, String name, String in, String out, int context, double costPer1k,
                        boolean deprecated, boolean enabled, String retirement) {
        String id = cap + "-" + name;
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                        + "input_modalities, output_modalities, context_window, pricing_type, input_cost_per_1k, "
                        + "output_cost_per_1k, deprecated, enabled, retirement_date) VALUES (?, ?, ?, ?, ?, 'llm', "
                        + "ARRAY['chat', ?], CAST(? AS TEXT[]), CAST(? AS TEXT[]), ?, 'per_token', ?, ?, ?, ?, CAST(? AS DATE))",
                providerId, id, id, id, id, cap, in, out, context, costPer1k, costPer1k, deprecated, enabled, retirement);
    }

    private void selfHosted(String name, int minTier, String thermal) {
        String id = cap + "-" + name;
        jdbc.update("INSERT INTO self_hosted_models (model_id, name, display_name, category, specialty, capabilities, "
                        + "input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, "
                        + "license, hourly_rate, per_request, min_tier) VALUES (?, ?, ?, 'llm', 'chat', ARRAY['chat', ?], "
                        + "'{text}', '{text}', 'chat', 'img', 'ml.g5.2xlarge', 16, 'Apache-2.0', 2.66, 0.005, ?)",
                id, id, id, cap, minTier);
        jdbc.update("INSERT INTO thermal_states (model_id, current_state) VALUES (?, ?)", id, thermal);
    }
}
