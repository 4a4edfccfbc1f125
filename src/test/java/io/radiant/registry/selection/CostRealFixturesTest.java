package io.radiant.registry.selection;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Price components, the cost endpoint and cost-aware selection after a pricing sync of the real feeds
 * (LiteLLM map of 2026-07, models.dev snapshot, an OpenRouter list), each served by a local stand-in.
 * Figures below were computed by hand from the fixture values quoted next to them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CostRealFixturesTest extends RegistryIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The feeds are read only by the sync of the first test: the reset before each test loses nothing. */
    @RegisterExtension
    static WireMockExtension feeds = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void feedUrls(DynamicPropertyRegistry registry) {
        registry.add("registry.pricing.feed-url", () -> feeds.url("/litellm/model_prices_and_context_window.json"));
        registry.add("registry.pricing.modelsdev-feed-url", () -> feeds.url("/api.json"));
        registry.add("registry.pricing.openrouter-feed-url", () -> feeds.url("/api/v1/models"));
    }

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SelectionData selectionData;
    @LocalServerPort
    int port;

    @Test
    @Order(0)
    void syncTheRealFeeds() {
        feeds.stubFor(get(urlPathEqualTo("/litellm/model_prices_and_context_window.json"))
                .willReturn(okJson(Fixtures.read("real/litellm-cost-map-2026-07-subset.json"))));
        feeds.stubFor(get(urlPathEqualTo("/api.json")).willReturn(okJson(Fixtures.read("real/models-dev-catalog.json"))));
        feeds.stubFor(get(urlPathEqualTo("/api/v1/models")).willReturn(okJson(Fixtures.read("feeds/openrouter-models.json"))));
        // Google's rolling alias as discovery would list it: LiteLLM prices it under its Gemini API key
        // ("gemini-pro-latest", provider gemini), with the long-context tier of Gemini 2.5 Pro
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                + "input_modalities, output_modalities, context_window, pricing_type, input_cost_per_1k, output_cost_per_1k) "
                + "VALUES ('google', 'gemini-pro-latest', 'gemini/gemini-pro-latest', 'gemini-pro-latest', "
                + "'Gemini Pro (latest)', 'llm', '{chat}', '{text}', '{text}', 1048576, 'per_token', 0.00125, 0.01)");
        jdbc.update("DELETE FROM event_outbox");
        Map<String, Object> log = new SyncRuns(producer, jdbc).run("pricing");
        assertThat(log.get("status")).isEqualTo("completed");
        FreshSelectionData.await(jdbc, selectionData);
    }

    @Test
    @Order(1)
    void aClaudeModelHasCachePricesWithHistoryAndEvents() {
        // LiteLLM claude-sonnet-4-20250514: cache_read_input_token_cost 3e-07, cache_creation_input_token_cost
        // 3.75e-06, cache_creation_input_token_cost_above_1hr 6e-06 (USD per token) → per 1k tokens
        Map<String, Object> row = jdbc.queryForMap("SELECT cache_read_cost_per_1k::text AS r, cache_write_cost_per_1k::text AS w, "
                + "cache_write_1h_cost_per_1k::text AS h, price_tiers::text AS t FROM models "
                + "WHERE provider_id = 'anthropic' AND model_id = 'claude-sonnet-4-20250514'");
        assertThat(row).containsEntry("r", "0.00030000").containsEntry("w", "0.00375000").containsEntry("h", "0.00600000");
        assertThat((String) row.get("t")).contains("\"aboveInputTokens\": 200000");
        assertThat(jdbc.queryForObject("SELECT source FROM model_field_sources WHERE provider_id = 'anthropic' "
                + "AND model_id = 'claude-sonnet-4-20250514' AND field = 'cache_read_cost_per_1k'", String.class))
                .isEqualTo("litellm");
        // each component its own history row and event, tier rates one each
        assertThat(jdbc.queryForList("SELECT field FROM model_price_history WHERE model_id = 'claude-sonnet-4-20250514'",
                String.class)).contains("cache_read_cost_per_1k", "cache_write_cost_per_1k", "cache_write_1h_cost_per_1k",
                "tier_200000_input_cost_per_1k", "tier_200000_output_cost_per_1k", "tier_200000_cache_read_cost_per_1k");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ModelPriceChanged' "
                + "AND detail->>'modelId' = 'claude-sonnet-4-20250514'", Integer.class)).isEqualTo(6);
        assertThat(EventSchemas.assertOutboxValid(jdbc, "ModelPriceChanged")).isGreaterThan(6);
        // the catalog's curated capabilities gained what the feeds state, with provenance; none was removed
        assertThat(jdbc.queryForObject("SELECT capabilities @> ARRAY['prompt_caching', 'pdf_input'] FROM models "
                + "WHERE provider_id = 'anthropic' AND model_id = 'claude-sonnet-4-20250514'", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT source FROM model_field_sources WHERE provider_id = 'anthropic' "
                + "AND model_id = 'claude-sonnet-4-20250514' AND field = 'capability:prompt_caching'", String.class))
                .isEqualTo("litellm");
    }

    @Test
    @Order(2)
    void aGeminiModelHasALongContextTier() throws Exception {
        // LiteLLM gemini-pro-latest: *_above_200k_tokens input 2.5e-06, output 1.5e-05, cache read 2.5e-07
        String tiers = jdbc.queryForObject("SELECT price_tiers::text FROM models WHERE provider_id = 'google' "
                + "AND model_id = 'gemini-pro-latest'", String.class);
        JsonNode tier = JSON.readTree(tiers).get(0);
        assertThat(tier.get("aboveInputTokens").asLong()).isEqualTo(200_000);
        assertThat(tier.get("input").decimalValue()).isEqualByComparingTo("0.0025");
        assertThat(tier.get("output").decimalValue()).isEqualByComparingTo("0.015");
        assertThat(tier.get("cacheRead").decimalValue()).isEqualByComparingTo("0.00025");
    }

    @Test
    @Order(3)
    void theCostEndpointPricesTheTierAndTheCache() {
        Http.Answer a = new Http(port).postJson("/api/v2/registry/cost", "{\"providerId\": \"google\", "
                + "\"modelId\": \"gemini-pro-latest\", \"inputTokens\": 300000, \"outputTokens\": 1000, "
                + "\"cachedInputTokens\": 100000}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode q = a.json();
        // 300k input > 200k: the whole request at the tier. 200k uncached × 0.0025/1k = 0.5;
        // 100k cached × 0.00025/1k = 0.025; 1k output × 0.015/1k = 0.015; total 0.54
        assertThat(q.get("tier").get("aboveInputTokens").asLong()).isEqualTo(200_000);
        assertThat(q.get("currency").asText()).isEqualTo("USD");
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        q.get("lines").forEach(l -> costs.put(l.get("component").asText(), l.get("cost").decimalValue()));
        assertThat(costs.keySet()).containsExactly("input", "cached_input", "output");
        assertThat(costs.get("input")).isEqualByComparingTo("0.5");
        assertThat(costs.get("cached_input")).isEqualByComparingTo("0.025");
        assertThat(costs.get("output")).isEqualByComparingTo("0.015");
        assertThat(q.get("totalCost").decimalValue()).isEqualByComparingTo("0.54");
        assertThat(q.get("sources").get("input").asText()).isEqualTo("litellm");
        assertThat(q.get("pricesAsOf").asText()).isNotBlank();

        // Claude Sonnet 4 under the threshold: 100k cached × 0.0003/1k = 0.03; 20k uncached × 0.003/1k = 0.06;
        // 2k output × 0.015/1k = 0.03 (curated input/output, litellm cache read)
        JsonNode claude = new Http(port).postJson("/api/v2/registry/cost", "{\"providerId\": \"anthropic\", "
                + "\"modelId\": \"claude-sonnet-4-20250514\", \"inputTokens\": 120000, \"outputTokens\": 2000, "
                + "\"cachedInputTokens\": 100000}").json();
        assertThat(claude.get("tier").isNull()).isTrue();
        assertThat(claude.get("totalCost").decimalValue()).isEqualByComparingTo("0.12");
        assertThat(claude.get("sources").get("input").asText()).isEqualTo("curated");
        assertThat(claude.get("sources").get("cached_input").asText()).isEqualTo("litellm");
    }

    @Test
    @Order(4)
    void theCostEndpointRefusesWhatItCannotPrice() {
        Http http = new Http(port);
        Http.Answer unknown = http.postJson("/api/v2/registry/cost",
                "{\"providerId\": \"google\", \"modelId\": \"no-such-model\", \"inputTokens\": 1, \"outputTokens\": 1}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
        // DeepSeek has no batch price in any feed
        Http.Answer batch = http.postJson("/api/v2/registry/cost", "{\"providerId\": \"deepseek\", "
                + "\"modelId\": \"deepseek-chat\", \"inputTokens\": 10, \"outputTokens\": 1, \"batch\": true}");
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.json().get("error").asText()).isEqualTo("missing_price");
        assertThat(batch.json().get("message").asText()).contains("batchInput");
        assertThat(batch.json().get("component").asText()).isEqualTo("batchInput");
        for (String[] bad : List.of(
                new String[] {"inputTokens", "\"inputTokens\": -1, \"outputTokens\": 1"},
                new String[] {"outputTokens", "\"inputTokens\": 1, \"outputTokens\": 1.5"},
                new String[] {"inputTokens", "\"inputTokens\": 1e12, \"outputTokens\": 1"},
                new String[] {"cachedInputTokens", "\"inputTokens\": 10, \"outputTokens\": 1, \"cachedInputTokens\": 11"},
                new String[] {"cacheWriteTokens", "\"inputTokens\": 10, \"outputTokens\": 1, \"cachedInputTokens\": 6, \"cacheWriteTokens\": 6"},
                new String[] {"reasoningTokens", "\"inputTokens\": 10, \"outputTokens\": 1, \"reasoningTokens\": 2"},
                new String[] {"outputTokens", "\"inputTokens\": 10"})) {
            Http.Answer a = http.postJson("/api/v2/registry/cost",
                    "{\"providerId\": \"anthropic\", \"modelId\": \"claude-sonnet-4-20250514\", " + bad[1] + "}");
            assertThat(a.status()).as(bad[1]).isEqualTo(400);
            assertThat(a.json().get("field").asText()).as(bad[1]).isEqualTo(bad[0]);
            assertThat(a.json().get("message").asText()).as(bad[1]).contains(bad[0]);
        }
    }

    @Test
    @Order(5)
    void aCostCapWithExpectedTokensExcludesExactlyTheModelsOverItAndExplainAgreesWithTheCostEndpoint() {
        Http http = new Http(port);
        String criteria = "{\"task\": \"chat\", \"inputModality\": [\"text\"], \"outputModality\": [\"text\"], "
                + "\"tenantTier\": 5, \"expectedInputTokens\": 300000, \"expectedOutputTokens\": 1000";
        JsonNode all = http.postJson("/api/v2/registry/select/explain", criteria + "}").json();
        Map<String, BigDecimal> estimates = new LinkedHashMap<>();
        for (JsonNode r : all.get("ranked")) {
            JsonNode cost = r.get("estimatedCostPerRequest");
            Http.Answer q = http.postJson("/api/v2/registry/cost", "{\"providerId\": \"" + r.get("providerId").asText()
                    + "\", \"modelId\": \"" + r.get("modelId").asText() + "\", \"inputTokens\": 300000, \"outputTokens\": 1000}");
            if (cost.isNull()) {
                assertThat(q.status()).as(r.toString()).isEqualTo(400);
            } else {
                assertThat(q.status()).as(q.body()).isEqualTo(200);
                assertThat(q.json().get("totalCost").decimalValue()).as(r.toString()).isEqualByComparingTo(cost.decimalValue());
                estimates.put(r.get("providerId").asText() + "/" + r.get("modelId").asText(), cost.decimalValue());
            }
        }
        assertThat(estimates).hasSizeGreaterThan(5);
        // the long-context tier is in the estimate: 300k × 0.0025/1k + 1k × 0.015/1k
        assertThat(estimates.get("google/gemini-pro-latest")).isEqualByComparingTo("0.765");
        List<BigDecimal> sorted = new ArrayList<>(estimates.values());
        sorted.sort(null);
        BigDecimal cap = sorted.get(sorted.size() / 2);
        Set<String> over = new HashSet<>();
        estimates.forEach((id, c) -> {
            if (c.compareTo(cap) > 0) {
                over.add(id);
            }
        });
        assertThat(over).isNotEmpty();

        JsonNode capped = http.postJson("/api/v2/registry/select/explain",
                criteria + ", \"maxCostPerRequest\": " + cap.toPlainString() + "}").json();
        Set<String> ranked = new HashSet<>();
        capped.get("ranked").forEach(r -> ranked.add(r.get("providerId").asText() + "/" + r.get("modelId").asText()));
        Set<String> excluded = new HashSet<>();
        capped.get("rejected").forEach(r -> {
            if (r.get("reason").asText().equals("max_cost")) {
                excluded.add(r.get("providerId").asText() + "/" + r.get("modelId").asText());
            }
        });
        // among the models the criteria otherwise admit, exactly those over the cap; a model that a later
        // criterion (deprecated, retired) would drop too is reported max_cost first: its estimate is over the cap
        Set<String> admitted = new HashSet<>(excluded);
        admitted.retainAll(estimates.keySet());
        assertThat(admitted).isEqualTo(over);
        for (String id : excluded) {
            String[] pm = id.split("/", 2);
            Http.Answer q = http.postJson("/api/v2/registry/cost", "{\"providerId\": \"" + pm[0] + "\", \"modelId\": \""
                    + pm[1] + "\", \"inputTokens\": 300000, \"outputTokens\": 1000}");
            assertThat(q.json().get("totalCost").decimalValue()).as(id).isGreaterThan(cap);
        }
        assertThat(ranked).doesNotContainAnyElementsOf(over);
        Set<String> under = new HashSet<>(estimates.keySet());
        under.removeAll(over);
        assertThat(ranked).containsAll(under);
        JsonNode selected = http.postJson("/api/v2/registry/select",
                criteria + ", \"maxCostPerRequest\": " + cap.toPlainString() + "}").json();
        assertThat(selected.get("estimatedCostPerRequest").decimalValue()).isLessThanOrEqualTo(cap);
        assertThat(selected.has("deprecationDate")).isTrue();
        assertThat(selected.has("retirementDate")).isTrue();
        assertThat(selected.has("successorModelId")).isTrue();
    }

    @Test
    @Order(6)
    void promptCachingIsACapabilitySelectionCanRequire() {
        Http http = new Http(port);
        JsonNode explained = http.postJson("/api/v2/registry/select/explain", "{\"task\": \"chat\", "
                + "\"inputModality\": [\"text\"], \"outputModality\": [\"text\"], \"tenantTier\": 5, "
                + "\"requiredCapabilities\": [\"prompt_caching\"]}").json();
        assertThat(explained.get("ranked").size()).isGreaterThan(3);
        assertThat(explained.get("selected").get("selectionReason").asText()).isEqualTo("primary");
    }

    @Test
    @Order(7)
    void hardRequirementsBindTheTaskDefault() {
        Http http = new Http(port);
        String body = "{\"task\": \"chat\", \"inputModality\": [\"text\"], \"outputModality\": [\"text\"], "
                + "\"tenantTier\": 5, \"requiredCapabilities\": [\"telepathy\"]}";
        Http.Answer none = http.postJson("/api/v2/registry/select", body);
        assertThat(none.status()).as(none.body()).isEqualTo(404);
        JsonNode explained = http.postJson("/api/v2/registry/select/explain", body).json();
        assertThat(explained.get("selected").isNull()).isTrue();
        assertThat(explained.get("rejectedCounts").get("capability").asInt()).isGreaterThan(0);
        // a context window beyond every model: no default either
        assertThat(http.postJson("/api/v2/registry/select", "{\"task\": \"chat\", \"inputModality\": [\"text\"], "
                + "\"outputModality\": [\"text\"], \"tenantTier\": 5, \"minContextWindow\": 99000000}").status())
                .isEqualTo(404);
        // a cost cap no external model meets for the expected request: not the default (gpt-4o-mini) either
        String capped = "{\"task\": \"chat\", \"inputModality\": [\"text\"], \"outputModality\": [\"text\"], "
                + "\"tenantTier\": 5, \"preferHosting\": \"external\", \"maxCostPerRequest\": 0.0000001, "
                + "\"expectedInputTokens\": 100000}";
        Http.Answer overCap = http.postJson("/api/v2/registry/select", capped);
        assertThat(overCap.status()).as(overCap.body()).isEqualTo(404);
        assertThat(http.postJson("/api/v2/registry/select/explain", capped).json().get("rejectedCounts")
                .get("max_cost").asInt()).isGreaterThan(0);
        // without expected tokens the cap compares the nominal request and the default answers as before
        Http.Answer nominal = http.postJson("/api/v2/registry/select", capped.replace(", \"expectedInputTokens\": 100000", ""));
        assertThat(nominal.json().get("selectionReason").asText()).as(nominal.body()).isEqualTo("task_default");
    }
}
