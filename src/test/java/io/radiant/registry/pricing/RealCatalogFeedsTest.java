package io.radiant.registry.pricing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The pricing sync over the two real public catalogs (LiteLLM map of 2026-07, models.dev snapshot) and an
 * OpenRouter list built from its documented schema, each served by a local stand-in. Values asserted below
 * were checked by hand against the files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "registry.admin-token=" + RealCatalogFeedsTest.TOKEN)
class RealCatalogFeedsTest extends RegistryIntegrationTest {

    static final String TOKEN = "feeds-admin-token-7";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SNAPSHOT = "SELECT provider_id || '/' || model_id AS id, input_cost_per_1k::text AS i, "
            + "output_cost_per_1k::text AS o, context_window AS c, max_output AS m, deprecation_date::text AS d, "
            + "retirement_date::text AS r FROM models ORDER BY 1";

    @RegisterExtension
    static WireMockExtension feeds = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void feedUrls(DynamicPropertyRegistry registry) {
        // read when the context starts, after the extension has started the server
        registry.add("registry.pricing.feed-url", () -> feeds.baseUrl() + "/litellm/model_prices_and_context_window.json");
        registry.add("registry.pricing.modelsdev-feed-url", () -> feeds.baseUrl() + "/api.json");
        registry.add("registry.pricing.openrouter-feed-url", () -> feeds.baseUrl() + "/api/v1/models");
    }

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private void serve(String litellm) {
        feeds.stubFor(get(urlPathEqualTo("/litellm/model_prices_and_context_window.json")).willReturn(okJson(litellm)));
        feeds.stubFor(get(urlPathEqualTo("/api.json")).willReturn(okJson(Fixtures.read("real/models-dev-catalog.json"))));
        feeds.stubFor(get(urlPathEqualTo("/api/v1/models")).willReturn(okJson(Fixtures.read("feeds/openrouter-models.json"))));
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void theRealCatalogsSyncMatchWhatTheyShouldAndChangeNoCuratedValue() throws Exception {
        serve(Fixtures.read("real/litellm-cost-map-2026-07-subset.json"));
        List<Map<String, Object>> before = jdbc.queryForList(SNAPSHOT);
        jdbc.update("DELETE FROM event_outbox");

        Map<String, Object> log = new SyncRuns(producer, jdbc).run("pricing");

        assertThat(log.get("status")).isEqualTo("completed");
        Map<String, Map<String, Object>> perFeed = (Map<String, Map<String, Object>>) PricingSyncTest.details(log).get("feeds");
        assertThat(perFeed.get("litellm")).containsEntry("entriesRead", 218);
        // 20 of its keys are catalog models; un-prefixed gemini-* keys are LiteLLM's Vertex AI entries, not ours
        assertThat(perFeed.get("litellm")).containsEntry("matched", 20).containsEntry("unmatched", 198);
        assertThat(perFeed.get("models.dev")).containsEntry("entriesRead", 669);
        // models.dev providers that are not ours are reported, ids in the feed's own spelling, sorted
        assertThat((List<String>) perFeed.get("models.dev").get("unmatchedSample")).first().isEqualTo("alibaba/qwen3-coder-plus");
        assertThat(perFeed.get("openrouter")).containsEntry("entriesRead", 5).containsEntry("matched", 3)
                .containsEntry("unmatched", 2);
        assertThat((List<String>) perFeed.get("openrouter").get("unmatchedSample"))
                .containsExactly("meta-llama/llama-3.3-70b-instruct:free", "openai/gpt-5-image");

        // every curated value is as it was; only values nobody had set were filled
        List<Map<String, Object>> after = jdbc.queryForList(SNAPSHOT);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            Map<String, Object> was = before.get(i);
            Map<String, Object> now = after.get(i);
            for (String column : List.of("i", "o", "c", "m", "d", "r")) {
                if (was.get(column) != null) {
                    assertThat(now.get(column)).as(was.get("id") + " " + column).isEqualTo(was.get(column));
                }
            }
        }
        // LiteLLM's 1M context window of Claude Sonnet 4 (a beta option) is only proposed against the curated 200K
        assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue WHERE kind = 'metadata_change' "
                + "AND model_id = 'claude-sonnet-4-20250514' AND status = 'pending'", String.class))
                .contains("\"newValue\": 1000000").contains("\"source\": \"litellm\"").contains("\"currentSource\": \"curated\"");
        // the lifecycle dates nobody had: Claude 3 Opus (LiteLLM deprecation_date) and Grok 3 (OpenRouter
        // expiration_date) are proposals only, one held_changes item per provider, nothing applied
        assertThat(jdbc.queryForObject("SELECT deprecation_date::text FROM models WHERE model_id = 'claude-3-opus-20240229'",
                String.class)).isNull();
        assertThat(jdbc.queryForObject("SELECT retirement_date::text FROM models WHERE provider_id = 'xai' AND model_id = 'grok-3'",
                String.class)).isNull();
        assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue WHERE kind = 'held_changes' "
                + "AND provider_id = 'anthropic' AND status = 'pending'", String.class))
                .contains("\"modelId\": \"claude-3-opus-20240229\"").contains("\"newValue\": \"2026-05-01\"");
        assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue WHERE kind = 'held_changes' "
                + "AND provider_id = 'xai' AND status = 'pending'", String.class))
                .contains("\"modelId\": \"grok-3\"").contains("\"newValue\": \"2026-10-15\"")
                .contains("\"source\": \"openrouter\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ModelLifecycleChanged' "
                + "AND detail->>'modelId' IN ('claude-3-opus-20240229', 'grok-3')", Integer.class)).isZero();
        EventSchemas.assertOutboxValid(jdbc, "ModelLifecycleChanged", "RegistrySyncCompleted");
        // the feeds agree with today's curated prices: no price moved, none proposed
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_price_history", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ModelPriceChanged'",
                Integer.class)).isZero();
    }

    @Test
    @Order(2)
    void theModelDetailShowsSourcesAndWhereTheFeedsDisagree() {
        String id = jdbc.queryForObject("SELECT id::text FROM models WHERE provider_id = 'deepseek' AND model_id = 'deepseek-chat'",
                String.class);

        Http.Answer answer = new Http(port).get("/api/v2/admin/registry/models/" + id, "Authorization", "Bearer " + TOKEN);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode detail = answer.json();
        assertThat(detail.get("modelId").asText()).isEqualTo("deepseek-chat");
        assertThat(detail.get("sources").get("input_cost_per_1k").get("source").asText()).isEqualTo("curated");
        assertThat(detail.get("sources").get("input_cost_per_1k").get("value").decimalValue()).isEqualByComparingTo("0.00028");
        assertThat(detail.get("feeds").get("models.dev").get("input_cost_per_1k").decimalValue()).isEqualByComparingTo("0.00057");
        // models.dev still lists DeepSeek's old price ($0.57/M) where LiteLLM has today's $0.28/M
        JsonNode price = null;
        for (JsonNode d : detail.get("disagreements")) {
            if (d.get("field").asText().equals("input_cost_per_1k")) {
                price = d;
            }
        }
        assertThat(price).isNotNull();
        assertThat(price.get("values").get("litellm").decimalValue()).isEqualByComparingTo("0.00028");
        assertThat(new Http(port).get("/api/v2/admin/registry/models/not-a-uuid", "Authorization", "Bearer " + TOKEN).status())
                .isEqualTo(400);
        Http.Answer missing = new Http(port).get("/api/v2/admin/registry/models/6f1c0c1e-5b7a-4a55-8a0e-1c2d3e4f5a6b",
                "Authorization", "Bearer " + TOKEN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
        assertThat(new Http(port).get("/api/v2/admin/registry/models/" + id).status()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void aLaggingFeedOnlyProposesAndAnApprovedValueIsTheOperatorsFromThenOn() throws Exception {
        // the 2024 LiteLLM entry of gpt-4o ($5/M in, $15/M out) against the curated 2026 price ($2.50/$10)
        ObjectNode stale = (ObjectNode) JSON.readTree(Fixtures.read("real/litellm-cost-map-2026-07-subset.json"));
        ((ObjectNode) stale.get("gpt-4o")).put("input_cost_per_token", 5e-06).put("output_cost_per_token", 1.5e-05);
        serve(JSON.writeValueAsString(stale));

        new SyncRuns(producer, jdbc).run("pricing");

        assertThat(jdbc.queryForMap("SELECT input_cost_per_1k::text AS i, output_cost_per_1k::text AS o FROM models "
                + "WHERE provider_id = 'openai' AND model_id = 'gpt-4o'")).containsEntry("i", "0.00250000")
                .containsEntry("o", "0.01000000");
        String reviewId = jdbc.queryForObject("SELECT id::text FROM model_review_queue WHERE kind = 'price_change' "
                + "AND provider_id = 'openai' AND model_id = 'gpt-4o' AND status = 'pending'", String.class);

        Http http = new Http(port);
        Http.Answer approved = http.postJson("/api/v2/admin/registry/review/" + reviewId + "/approve",
                "{\"note\": \"checked the pricing page\"}", "Authorization", "Bearer " + TOKEN);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT input_cost_per_1k::text FROM models WHERE provider_id = 'openai' "
                + "AND model_id = 'gpt-4o'", String.class)).isEqualTo("0.00500000");

        // the current feed now differs from an admin value: proposed again, never applied
        serve(Fixtures.read("real/litellm-cost-map-2026-07-subset.json"));
        new SyncRuns(producer, jdbc).run("pricing");
        assertThat(jdbc.queryForObject("SELECT input_cost_per_1k::text FROM models WHERE provider_id = 'openai' "
                + "AND model_id = 'gpt-4o'", String.class)).isEqualTo("0.00500000");
        assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue WHERE kind = 'price_change' "
                + "AND model_id = 'gpt-4o' AND status = 'pending'", String.class)).contains("\"currentSource\": \"admin\"");
        JsonNode detail = http.get("/api/v2/admin/registry/models/" + jdbc.queryForObject(
                "SELECT id::text FROM models WHERE provider_id = 'openai' AND model_id = 'gpt-4o'", String.class),
                "Authorization", "Bearer " + TOKEN).json();
        assertThat(detail.get("sources").get("input_cost_per_1k").get("source").asText()).isEqualTo("admin");
        JsonNode input = null;
        for (JsonNode h : detail.get("priceHistory")) {
            if (h.get("field").asText().equals("input_cost_per_1k")) {
                input = h;
            }
        }
        assertThat(input.get("effectiveAt").asText()).isNotBlank();
        assertThat(input.get("newValue").decimalValue()).isEqualByComparingTo("0.005");
        assertThat(input.get("source").asText()).isEqualTo("review");
    }

    @Test
    @Order(4)
    void aDiscoveredModelIsApprovedCompleteFromWhatTheFeedsSay() {
        // OpenAI's list says nothing but the id; the feeds know the rest
        String reviewId = jdbc.queryForObject("INSERT INTO model_review_queue (provider_id, model_id, kind, discovered) "
                + "VALUES ('openai', 'gpt-5', 'new_model', '{\"modelId\": \"gpt-5\", \"suggestedCategory\": \"llm\"}') "
                + "RETURNING id::text", String.class);
        Http http = new Http(port);

        JsonNode item = http.get("/api/v2/admin/registry/review/" + reviewId, "Authorization", "Bearer " + TOKEN).json();
        assertThat(item.get("suggested").get("contextWindow").get("source").asText()).isEqualTo("litellm");
        assertThat(item.get("suggested").get("contextWindow").get("value").asInt()).isEqualTo(272000);
        assertThat(item.get("suggested").get("category").get("value").asText()).isEqualTo("reasoning");
        assertThat(item.get("firstSeenAt").asText()).endsWith("Z");

        assertThat(http.postJson("/api/v2/admin/registry/review/" + reviewId + "/approve", "",
                "Authorization", "Bearer " + TOKEN).status()).isEqualTo(200);
        assertThat(jdbc.queryForMap("SELECT category, context_window, max_output, input_cost_per_1k::text AS i, "
                + "output_cost_per_1k::text AS o FROM models WHERE provider_id = 'openai' AND model_id = 'gpt-5'"))
                .containsEntry("category", "reasoning").containsEntry("context_window", 272000)
                .containsEntry("max_output", 128000).containsEntry("i", "0.00125000").containsEntry("o", "0.01000000");
        assertThat(jdbc.queryForList("SELECT DISTINCT source FROM model_field_sources WHERE model_id = 'gpt-5'", String.class))
                .containsExactly("admin");
    }
}
