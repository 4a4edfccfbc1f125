package io.radiant.registry.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.support.CapturedLogs;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SelectionProbe;
import io.radiant.registry.support.SyncRuns;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Hostile but well-formed answers from a provider list and from the feeds, served by WireMock: huge exponents,
 * a 300,000-item modality list, garbled entries beside good ones, an oversized name and id, control characters.
 * Each test asserts that the service stays up and selection answers throughout, that the sync ends in bounded
 * time, that nothing outside the limits changed, and that the sync's details say what was refused.
 */
@TestPropertySource(properties = "TEST_HOSTILE_KEY=sk-test-hostile-4d5e6f")
class UntrustedUpstreamParsingTest extends RegistryIntegrationTest {

    @RegisterExtension
    static WireMockExtension upstream = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void feeds(DynamicPropertyRegistry registry) {
        registry.add("registry.pricing.feed-url", () -> "http://localhost:" + upstream.getPort() + "/litellm.json");
        registry.add("registry.pricing.openrouter-feed-url", () -> "http://localhost:" + upstream.getPort() + "/openrouter.json");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    // the sync must end well within this; a parse of 1e-30000000 before the bounds took minutes
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void onlyTheHostileProvider() {
        upstream.resetAll();
        jdbc.update("UPDATE providers SET enabled = false");
        jdbc.update("DELETE FROM model_review_queue");
        if (jdbc.queryForObject("SELECT count(*) FROM providers WHERE id = 't-hostile'", Integer.class) == 0) {
            jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                    + "VALUES ('t-hostile', 'Hostile', ?, 'openai-compatible', 'TEST_HOSTILE_KEY')",
                    "http://localhost:" + upstream.getPort() + "/hostile/v1");
        }
        jdbc.update("UPDATE providers SET enabled = true WHERE id = 't-hostile'");
        // an empty OpenRouter feed unless a test serves one
        upstream.stubFor(get(urlPathEqualTo("/openrouter.json")).willReturn(okJson("{\"data\":[]}")));
    }

    @Test
    void oneGoodLiteLlmEntryIsAppliedAndThreeGarbledOnesAreRefusedOneByOne() {
        jdbc.update("UPDATE models SET input_cost_per_1k = NULL WHERE litellm_id = 'gpt-4.1-nano'");
        BigDecimal miniBefore = price("gpt-4o-mini");
        String longKey = "openai/" + "k".repeat(250);
        upstream.stubFor(get(urlPathEqualTo("/litellm.json")).willReturn(okJson("""
                {"gpt-4.1-nano": {"input_cost_per_token": 1e-7, "litellm_provider": "openai", "mode": "chat"},
                 "gpt-4o-mini": {"input_cost_per_token": 1000, "litellm_provider": "openai", "mode": "chat"},
                 "o3-mini": {"deprecation_date": "2025-02-30", "litellm_provider": "openai", "mode": "chat"},
                 "%s": {"input_cost_per_token": 1e-6, "litellm_provider": "openai", "mode": "chat"}}
                """.formatted(longKey))));

        Map<String, Object> log = syncUnderProbe("pricing");

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat(price("gpt-4.1-nano")).isEqualByComparingTo("0.0001");
        assertThat(price("gpt-4o-mini")).isEqualByComparingTo(miniBefore);
        assertThat(jdbc.queryForObject("SELECT deprecation_date FROM models WHERE litellm_id = 'o3-mini'", Object.class)).isNull();
        JsonNode refused = details(log).path("feeds").path("litellm").path("refused");
        assertThat(refused.path("count").asInt()).isEqualTo(3);
        assertThat(refused.path("byReason").path("price-above-ceiling").asInt()).isEqualTo(1);
        assertThat(refused.path("byReason").path("not-a-date").asInt()).isEqualTo(1);
        assertThat(refused.path("byReason").path("id-too-long").asInt()).isEqualTo(1);
        assertThat(refused.path("samples")).hasSize(3);
        assertThat(refused.path("samples").toString()).contains("gpt-4o-mini: input_cost_per_token 1000")
                .contains("o3-mini: deprecation_date '2025-02-30'").contains("(257 characters)");
        assertThat((String) log.get("errors")).contains("3 feed value(s) or entries refused");
    }

    @Test
    void aFeedPriceWithAHugeExponentAndAHugeModalityListAreRefusedInBoundedTime() {
        BigDecimal before = price("gpt-4o");
        upstream.stubFor(get(urlPathEqualTo("/litellm.json")).willReturn(okJson(
                "{\"gpt-4o\": {\"input_cost_per_token\": 1e-30000000, \"output_cost_per_token\": 1e30000000,"
                        + " \"litellm_provider\": \"openai\"}}")));
        upstream.stubFor(get(urlPathEqualTo("/openrouter.json")).willReturn(okJson(
                "{\"data\":[{\"id\":\"openai/gpt-4o\",\"pricing\":{\"prompt\":\"2e-99999999\"},"
                        + "\"architecture\":{\"input_modalities\":" + words(300_000) + "}}]}")));

        long started = System.nanoTime();
        Map<String, Object> log = syncUnderProbe("pricing");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
        assertThat(log.get("status")).isEqualTo("completed");
        assertThat(price("gpt-4o")).isEqualByComparingTo(before);
        JsonNode feeds = details(log).path("feeds");
        assertThat(feeds.path("litellm").path("refused").path("byReason").path("exponent-out-of-range").asInt()).isEqualTo(2);
        assertThat(feeds.path("openrouter").path("refused").path("byReason").path("exponent-out-of-range").asInt()).isEqualTo(1);
        assertThat(feeds.path("openrouter").path("refused").path("byReason").path("list-too-long").asInt()).isEqualTo(1);
        assertThat(feeds.path("openrouter").path("refused").path("samples").toString()).contains("300000 items");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM feed_models WHERE source = 'openrouter' "
                + "AND CASE WHEN jsonb_typeof(entry->'input_modalities') = 'array' "
                + "THEN jsonb_array_length(entry->'input_modalities') ELSE 0 END > 100", Integer.class)).isZero();
    }

    @Test
    void aHostileProviderListCostsOnlyItsBadValuesAndEntriesAndItsTextIsEscaped() {
        jdbc.update("DELETE FROM models WHERE provider_id = 't-hostile'");
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category) "
                + "VALUES ('t-hostile', 'h-old', 'h-old', 'h-old', 'h-old', 'llm')");
        String evilId = "evil\u001b[2J\nFORGED LOG LINE " + "x".repeat(200);
        // the first five refusals are named in the details: the two carrying control characters come first
        String body = "{\"data\":["
                + "{\"id\":" + JSON.valueToTree(evilId) + "},"
                + "{\"id\":\"h-ctl\",\"pricing\":{\"prompt\":\"12\\u0007\\nFORGED\"}},"
                + "{\"id\":\"h-good\",\"name\":\"Good\",\"context_length\":8192},"
                + "{\"id\":\"h-exp\",\"pricing\":{\"prompt\":\"1e-30000000\",\"completion\":1e400},\"context_length\":1e400},"
                + "{\"id\":\"h-array\",\"architecture\":{\"input_modalities\":" + words(300_000) + "}},"
                + "{\"id\":\"h-name\",\"name\":\"" + "N".repeat(300_000) + "\"}]}";
        upstream.stubFor(get(urlPathEqualTo("/hostile/v1/models")).willReturn(okJson(body)));

        long started = System.nanoTime();
        Map<String, Object> log;
        List<ILoggingEvent> events;
        try (CapturedLogs logs = CapturedLogs.start()) {
            log = syncUnderProbe("full");
            events = List.copyOf(logs.events());
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
        assertThat(log.get("status")).isEqualTo("completed");
        // the good and the partly refused entries are queued; the over-long id is not, and h-old, which the list
        // no longer names, is not deprecated: a list with a refused entry is not the provider's whole catalog
        assertThat(jdbc.queryForList("SELECT model_id FROM model_review_queue WHERE provider_id = 't-hostile' "
                + "AND kind = 'new_model' ORDER BY model_id", String.class))
                .containsExactly("h-array", "h-ctl", "h-exp", "h-good", "h-name");
        assertThat(jdbc.queryForObject("SELECT deprecated FROM models WHERE model_id = 'h-old'", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM model_review_queue WHERE provider_id = 't-hostile' "
                + "AND kind = 'deprecation'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT length(discovered->>'displayName') FROM model_review_queue "
                + "WHERE model_id = 'h-name'", Integer.class)).isEqualTo(255);
        assertThat(jdbc.queryForObject("SELECT discovered->>'inputCostPer1k' FROM model_review_queue "
                + "WHERE model_id = 'h-exp'", String.class)).isNull();
        assertThat(jdbc.queryForObject("SELECT discovered->'inputModalities' FROM model_review_queue "
                + "WHERE model_id = 'h-array'", String.class)).isEqualTo("[]");

        JsonNode provider = details(log).path("providers").path("t-hostile");
        assertThat(provider.path("status").asText()).isEqualTo("partial");
        JsonNode refused = provider.path("refused");
        assertThat(refused.path("byReason").path("exponent-out-of-range").asInt()).isEqualTo(3);
        assertThat(refused.path("byReason").path("list-too-long").asInt()).isEqualTo(1);
        assertThat(refused.path("byReason").path("text-shortened").asInt()).isEqualTo(1);
        assertThat(refused.path("byReason").path("id-too-long").asInt()).isEqualTo(1);
        assertThat(refused.path("byReason").path("not-a-number").asInt()).isEqualTo(1);
        assertThat(refused.path("count").asInt()).isEqualTo(7);

        // control characters of the provider's text are escaped in the details and the log, never written raw
        String detailsText = (String) log.get("details");
        assertThat(details(log).toString()).contains("evil\\\\u001b[2J\\\\nFORGED").contains("12\\\\u0007\\\\nFORGED")
                .doesNotContain("\u001b");
        assertThat(detailsText).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat((String) log.get("errors")).startsWith("t-hostile: ").doesNotContain("\u001b").doesNotContain("\u0007");
        List<String> lines = events.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains("t-hostile")).collect(Collectors.toList());
        assertThat(lines).anyMatch(m -> m.contains("evil\\u001b[2J\\nFORGED") && m.contains("12\\u0007\\nFORGED"));
        assertThat(lines).noneMatch(m -> m.contains("\u001b") || m.contains("\u0007") || m.contains("\nFORGED"));
    }

    /** Runs a sync while a second thread keeps asking selection; the service must answer throughout. */
    private Map<String, Object> syncUnderProbe(String type) {
        SelectionProbe.ProbedSync run = SelectionProbe.during(port, () -> new SyncRuns(producer, jdbc).run(type));
        assertThat(run.took()).isLessThan(BOUND);
        Map<String, Object> log = run.log();
        assertThat(new Http(port).postJson("/api/v2/registry/select",
                "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":5}").status()).isEqualTo(200);
        return log;
    }

    private static String words(int n) {
        return IntStream.range(0, n).mapToObj(i -> "\"text\"").collect(Collectors.joining(",", "[", "]"));
    }

    private BigDecimal price(String litellmId) {
        return jdbc.queryForObject("SELECT input_cost_per_1k FROM models WHERE litellm_id = ?", BigDecimal.class, litellmId);
    }

    private static JsonNode details(Map<String, Object> log) {
        try {
            return JSON.readTree((String) log.get("details"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
