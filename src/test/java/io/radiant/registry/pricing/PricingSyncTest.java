package io.radiant.registry.pricing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pricing sync against a WireMock feed serving the LiteLLM cost-map sample. */
@SuppressWarnings("unchecked")
class PricingSyncTest extends RegistryIntegrationTest {

    // started before the context reads its URL, stopped after the class, by WireMock's own JUnit extension
    @RegisterExtension
    static WireMockExtension feed = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void feedUrl(DynamicPropertyRegistry registry) {
        registry.add("registry.pricing.feed-url", () -> "http://localhost:" + feed.getPort() + "/prices.json");
    }

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changedPricesAreAppliedWithHistoryAndEventsAndTenfoldMovesAreHeldForReview() {
        feed.stubFor(get(urlPathEqualTo("/prices.json"))
                .willReturn(okJson(Fixtures.read("pricing/litellm-model-prices-sample.json"))));
        // catalog list prices before the feed: gpt-4o output doubles, gpt-4o-mini input drops 100x,
        // text-embedding-3-small has no price yet, claude-sonnet-4 already matches the feed
        price("gpt-4o", "0.0025", "0.005");
        price("gpt-4o-mini", "0.015", "0.0006");
        price("text-embedding-3-small", null, null);
        price("claude-sonnet-4-20250514", "0.003", "0.015");
        // the output price of gpt-4o and the input price of gpt-4o-mini were set by the feed before (a feed may
        // correct its own values); gpt-4o's input price stays curated and is only proposed
        jdbc.update("UPDATE models SET input_cost_per_1k = 0.003 WHERE litellm_id = 'gpt-4o'");
        setByFeed("gpt-4o", "output_cost_per_1k");
        setByFeed("gpt-4o-mini", "input_cost_per_1k");
        jdbc.update("UPDATE models SET markup_rate = 0.40 WHERE litellm_id = 'gpt-4o'");
        jdbc.update("DELETE FROM event_outbox");

        Map<String, Object> log = new SyncRuns(producer, jdbc).run("pricing");

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat(prices("gpt-4o")).containsEntry("output", new BigDecimal("0.01000000"))
                .containsEntry("input", new BigDecimal("0.00300000"));
        assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue "
                + "WHERE kind = 'price_change' AND model_id = 'gpt-4o' AND status = 'pending'", String.class))
                .contains("\"field\": \"input_cost_per_1k\"").contains("\"newValue\": 0.00250000")
                .contains("\"currentSource\": \"curated\"");
        assertThat(jdbc.queryForObject("SELECT source FROM model_field_sources WHERE model_id = 'text-embedding-3-small' "
                + "AND field = 'input_cost_per_1k'", String.class)).isEqualTo("litellm");
        // the feed's deprecation date of a model nobody dated is only proposed: held with the provider's other
        // feed dates in one held_changes item, not applied, no event
        assertThat(jdbc.queryForObject("SELECT CAST(deprecation_date AS text) FROM models WHERE model_id = 'gemini-1.5-pro'",
                String.class)).isNull();
        assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue WHERE kind = 'held_changes' "
                + "AND status = 'pending' AND discovered::text LIKE '%gemini-1.5-pro%'", String.class))
                .contains("\"field\": \"deprecation_date\"").contains("\"newValue\": \"2025-09-24\"")
                .contains("\"source\": \"litellm\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ModelLifecycleChanged'",
                Integer.class)).isZero();
        Map<String, Object> feeds = (Map<String, Object>) details(log).get("feeds");
        assertThat((Map<String, Object>) feeds.get("litellm")).containsEntry("entriesRead", 5).containsEntry("matched", 5)
                .containsEntry("unmatched", 0);
        assertThat(prices("gpt-4o-mini")).containsEntry("input", new BigDecimal("0.01500000"));
        assertThat(prices("text-embedding-3-small")).containsEntry("input", new BigDecimal("0.00002000"));
        assertThat(jdbc.queryForList("SELECT model_id || ':' || field FROM model_price_history ORDER BY 1", String.class))
                .contains("gpt-4o:output_cost_per_1k", "text-embedding-3-small:input_cost_per_1k",
                        "text-embedding-3-small:output_cost_per_1k")
                .doesNotContain("gpt-4o-mini:input_cost_per_1k", "claude-sonnet-4-20250514:input_cost_per_1k");
        assertThat(jdbc.queryForObject("SELECT discovered->'changes'->0->>'newValue' FROM model_review_queue "
                + "WHERE kind = 'price_change' AND model_id = 'gpt-4o-mini'", String.class)).isEqualTo("0.00015000");
        assertThat((String) log.get("errors")).contains("held for review");

        List<String> events = jdbc.queryForList("SELECT detail::text FROM event_outbox WHERE detail_type = 'ModelPriceChanged' "
                + "AND detail->>'modelId' = 'gpt-4o'", String.class);
        assertThat(events).hasSize(1);
        assertThat(EventSchemas.assertOutboxValid(jdbc, "ModelPriceChanged", "RegistrySyncCompleted")).isGreaterThanOrEqualTo(4);
        assertThat(events.get(0)).contains("\"field\": \"output_cost_per_1k\"").contains("\"newValue\": 0.01000000")
                .contains("\"billedNewValue\": 0.01400000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ModelPriceChanged' "
                + "AND detail->>'modelId' = 'gpt-4o-mini'", Integer.class)).isZero();

        // a second run with the same feed changes nothing
        jdbc.update("DELETE FROM event_outbox WHERE detail_type = 'ModelPriceChanged'");
        new SyncRuns(producer, jdbc).run("pricing");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ModelPriceChanged'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE kind = 'price_change'",
                Integer.class)).isEqualTo(2);
    }

    static Map<String, Object> details(Map<String, Object> log) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue((String) log.get("details"), Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setByFeed(String litellmId, String field) {
        jdbc.update("INSERT INTO model_field_sources (provider_id, model_id, field, source, value) "
                + "SELECT provider_id, model_id, ?, 'litellm', 'null'::jsonb FROM models WHERE litellm_id = ?", field, litellmId);
    }

    private void price(String litellmId, String input, String output) {
        jdbc.update("UPDATE models SET input_cost_per_1k = ?::numeric, output_cost_per_1k = ?::numeric, "
                + "pricing_type = 'per_token' WHERE litellm_id = ?", input, output, litellmId);
    }

    private Map<String, Object> prices(String litellmId) {
        return jdbc.queryForMap("SELECT input_cost_per_1k AS input, output_cost_per_1k AS output FROM models "
                + "WHERE litellm_id = ?", litellmId);
    }
}
