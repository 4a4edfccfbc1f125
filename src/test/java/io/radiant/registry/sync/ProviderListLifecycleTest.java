package io.radiant.registry.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.CapturedLogs;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * What a provider's own list says about its catalog models, end to end over HTTP: WireMock serves the providers'
 * lists (and a LiteLLM feed), the service runs on a real database. Retirement dates and successors reach the
 * catalog with provider_list provenance and one event per learnt value, curated values are only proposed, a
 * garbled date costs that value only, selection retires the model, and a feed never overrides the provider.
 */
@TestPropertySource(properties = {
        "TEST_MISTRAL_KEY=mk-test-5c1d2e",
        "TEST_OPENAI_KEY=sk-test-openai-8e7f6a",
        "registry.admin-token=" + ProviderListLifecycleTest.TOKEN
})
class ProviderListLifecycleTest extends RegistryIntegrationTest {

    static final String TOKEN = "lifecycle-admin-token-3";
    private static final String CAP = "cap_lifecycle_test";

    // started before the context reads its URL, stopped after the class, by WireMock's own JUnit extension
    @RegisterExtension
    static WireMockExtension remote = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void feedUrl(DynamicPropertyRegistry registry) {
        registry.add("registry.pricing.feed-url", () -> "http://localhost:" + remote.getPort() + "/prices.json");
    }

    @LocalServerPort
    int port;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;

    private SyncRuns syncs;
    private Http http;

    @BeforeEach
    void twoProvidersWithCatalogModels() {
        syncs = new SyncRuns(producer, jdbc);
        http = new Http(port);
        remote.resetAll();
        jdbc.update("UPDATE providers SET enabled = false");
        jdbc.update("DELETE FROM model_review_queue");
        jdbc.update("DELETE FROM event_outbox");
        jdbc.update("DELETE FROM models WHERE provider_id LIKE 't-%'");
        provider("t-mistral", "TEST_MISTRAL_KEY");
        provider("t-openai", "TEST_OPENAI_KEY");
        // curated: names, Mistral Large's context window; nobody set Mixtral's context window or any lifecycle value
        model("t-mistral", "open-mixtral-8x7b", "Mixtral 8x7B", null);
        model("t-mistral", "mistral-large-2411", "Mistral Large 24.11", 128000);
        // a third listed model: retiring one of three stays within the churn guard (half of the active models)
        model("t-mistral", "codestral-2501", "Codestral 25.01", 262144);
        model("t-openai", "gpt-4o", "GPT-4o", 128000);
        model("t-openai", "gpt-4-0613", "GPT-4 (0613)", 8192);
        model("t-openai", "gpt-bad", "GPT Bad", null);
    }

    @Test
    void aListedRetirementDateAndSuccessorAreLearnedOnceWithProvenanceAndSelectionRetiresTheModel() {
        enableOnly("t-mistral");
        remote.stubFor(get(urlPathEqualTo("/t-mistral/v1/models"))
                .willReturn(okJson(Fixtures.read("providers/mistral/models.json"))));
        // selection's data follows the database within a second (LISTEN/NOTIFY)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rankedIds(explain()))
                .as("selectable before the list dates it").contains("open-mixtral-8x7b"));

        Map<String, Object> log = syncs.run("full");

        assertThat(log.get("status")).isEqualTo("completed");
        // Mistral's "deprecation" 2025-03-30T12:00:00Z is the day it stops serving the model
        assertThat(jdbc.queryForMap("SELECT CAST(retirement_date AS text) AS retires, successor_model_id AS successor, "
                + "deprecation_date, context_window, deprecated FROM models WHERE provider_id = 't-mistral' "
                + "AND model_id = 'open-mixtral-8x7b'"))
                .containsEntry("retires", "2025-03-30").containsEntry("successor", "mistral-small-latest")
                .containsEntry("deprecation_date", null).containsEntry("context_window", 32768)
                .containsEntry("deprecated", false);
        JsonNode mixtral = detail("t-mistral", "open-mixtral-8x7b");
        assertThat(mixtral.get("retirementDate").asText()).isEqualTo("2025-03-30");
        assertThat(mixtral.get("successorModelId").asText()).isEqualTo("mistral-small-latest");
        for (String field : new String[] {"retirement_date", "successor_model_id", "context_window"}) {
            assertThat(mixtral.get("sources").get(field).get("source").asText()).as(field).isEqualTo("provider_list");
        }
        assertThat(mixtral.get("sources").get("retirement_date").get("value").asText()).isEqualTo("2025-03-30");
        assertThat(mixtral.get("sources").get("display_name").get("source").asText()).isEqualTo("curated");
        assertThat(jdbc.queryForList("SELECT detail->>'field' FROM event_outbox WHERE detail_type = 'ModelLifecycleChanged' "
                + "AND detail->>'modelId' = 'open-mixtral-8x7b' AND detail->>'source' = 'provider_list' ORDER BY 1",
                String.class)).containsExactly("retirement_date", "successor_model_id");
        EventSchemas.assertOutboxValid(jdbc, "ModelLifecycleChanged");

        // a curated value the list contradicts stays, and an operator is asked
        assertThat(jdbc.queryForObject("SELECT context_window FROM models WHERE provider_id = 't-mistral' "
                + "AND model_id = 'mistral-large-2411'", Integer.class)).isEqualTo(128000);
        JsonNode proposal = pendingMetadataChange("t-mistral", "mistral-large-2411");
        assertThat(proposal.get("source").asText()).isEqualTo("provider_list");
        assertThat(proposal.get("changes")).hasSize(1);
        assertThat(proposal.get("changes").get(0).get("field").asText()).isEqualTo("context_window");
        assertThat(proposal.get("changes").get(0).get("oldValue").asInt()).isEqualTo(128000);
        assertThat(proposal.get("changes").get(0).get("newValue").asInt()).isEqualTo(131072);
        assertThat(proposal.get("changes").get(0).get("currentSource").asText()).isEqualTo("curated");
        assertThat(detail("t-mistral", "mistral-large-2411").get("sources").get("context_window").get("source").asText())
                .isEqualTo("curated");
        assertThat((String) log.get("errors")).contains(
                "t-mistral: 1 listed value(s) differ from curated or admin values: proposed for review");
        assertThat((String) log.get("details")).contains("\"lifecycleValuesLearned\": 2")
                .contains("\"valuesProposedForReview\": 1");

        // selection reads the learnt date: past it, the model is retired
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(reasonOf(explain(), "open-mixtral-8x7b")).isEqualTo("retired"));

        // the same list again: nothing new learnt, nothing proposed twice
        Map<String, Object> again = syncs.run("full");
        assertThat(again.get("status")).isEqualTo("completed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ModelLifecycleChanged'",
                Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE kind = 'metadata_change'",
                Integer.class)).isEqualTo(1);
        assertThat((String) again.get("details")).contains("\"lifecycleValuesLearned\": 0");

        // a feed saying otherwise cannot override the provider's own word; a date it states is only proposed
        remote.stubFor(get(urlPathEqualTo("/prices.json")).willReturn(okJson("{\"t-mistral-open-mixtral-8x7b\": "
                + "{\"max_input_tokens\": 65536, \"litellm_provider\": \"mistral\", \"mode\": \"chat\", "
                + "\"deprecation_date\": \"2024-11-25\"}}")));
        assertThat(syncs.run("pricing").get("status")).isEqualTo("completed");
        assertThat(jdbc.queryForMap("SELECT context_window, CAST(deprecation_date AS text) AS announced FROM models "
                + "WHERE provider_id = 't-mistral' AND model_id = 'open-mixtral-8x7b'"))
                .containsEntry("context_window", 32768).containsEntry("announced", null);
        JsonNode afterFeed = detail("t-mistral", "open-mixtral-8x7b").get("sources");
        assertThat(afterFeed.get("context_window").get("source").asText()).isEqualTo("provider_list");
        assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue WHERE kind = 'held_changes' "
                + "AND provider_id = 't-mistral' AND status = 'pending'", String.class))
                .contains("\"field\": \"deprecation_date\"").contains("\"newValue\": \"2024-11-25\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE kind = 'metadata_change' "
                + "AND model_id = 'open-mixtral-8x7b'", Integer.class)).isZero();
    }

    @Test
    void aGarbledDateCostsThatValueOnlyAndARejectedProposalIsNotMadeAgain() throws Exception {
        enableOnly("t-openai");
        remote.stubFor(get(urlPathEqualTo("/t-openai/v1/models")).willReturn(okJson("{\"object\": \"list\", \"data\": ["
                + "{\"id\": \"gpt-4o\", \"object\": \"model\", \"display_name\": \"GPT-4o (Omni)\"},"
                + "{\"id\": \"gpt-4-0613\", \"object\": \"model\", \"shutdown_date\": 1774483200},"
                + "{\"id\": \"gpt-bad\", \"object\": \"model\", \"shutdown_date\": \"whenever\", \"context_length\": 8192},"
                + "{\"id\": \"gpt-new\", \"object\": \"model\"}]}")));

        Map<String, Object> log;
        try (CapturedLogs logs = CapturedLogs.start()) {
            log = syncs.run("full");
            assertThat(logs.events()).anySatisfy(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).contains("t-openai").contains("gpt-bad: shutdown_date 'whenever' is not a date");
            });
        }

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat(log.get("providers_updated")).isEqualTo(1);
        // the rest of the list applied: the good date, the garbled entry's other values, the new id
        assertThat(jdbc.queryForObject("SELECT CAST(retirement_date AS text) FROM models WHERE provider_id = 't-openai' "
                + "AND model_id = 'gpt-4-0613'", String.class)).isEqualTo("2026-03-26");
        assertThat(jdbc.queryForMap("SELECT context_window, retirement_date, last_seen_at IS NOT NULL AS seen FROM models "
                + "WHERE provider_id = 't-openai' AND model_id = 'gpt-bad'"))
                .containsEntry("context_window", 8192).containsEntry("retirement_date", null).containsEntry("seen", true);
        assertThat(jdbc.queryForList("SELECT model_id FROM model_review_queue WHERE kind = 'new_model'", String.class))
                .containsExactly("gpt-new");
        assertThat(jdbc.queryForList("SELECT detail->>'modelId' FROM event_outbox WHERE detail_type = 'ModelLifecycleChanged'",
                String.class)).containsExactly("gpt-4-0613");
        assertThat((String) log.get("errors")).contains("t-openai: ")
                .contains("1 unreadable value(s) left out (gpt-bad: shutdown_date 'whenever' is not a date)");
        assertThat((String) log.get("details")).contains("\"unreadableCount\": 1");

        // the curated display name stays; the list's is proposed, rejected, and not proposed again
        assertThat(jdbc.queryForObject("SELECT display_name FROM models WHERE provider_id = 't-openai' AND model_id = 'gpt-4o'",
                String.class)).isEqualTo("GPT-4o");
        JsonNode proposal = pendingMetadataChange("t-openai", "gpt-4o");
        assertThat(proposal.get("changes").get(0).get("field").asText()).isEqualTo("display_name");
        assertThat(proposal.get("changes").get(0).get("newValue").asText()).isEqualTo("GPT-4o (Omni)");
        String reviewId = jdbc.queryForObject("SELECT id::text FROM model_review_queue WHERE kind = 'metadata_change' "
                + "AND model_id = 'gpt-4o'", String.class);
        Http.Answer rejected = http.postJson("/api/v2/admin/registry/review/" + reviewId + "/reject",
                "{\"note\": \"our name is the one on the price list\"}", "Authorization", "Bearer " + TOKEN);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);

        syncs.run("full");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE kind = 'metadata_change' "
                + "AND status = 'pending'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT display_name FROM models WHERE provider_id = 't-openai' AND model_id = 'gpt-4o'",
                String.class)).isEqualTo("GPT-4o");
    }

    private JsonNode detail(String providerId, String modelId) {
        String id = jdbc.queryForObject("SELECT id::text FROM models WHERE provider_id = ? AND model_id = ?", String.class,
                providerId, modelId);
        Http.Answer answer = http.get("/api/v2/admin/registry/models/" + id, "Authorization", "Bearer " + TOKEN);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode pendingMetadataChange(String providerId, String modelId) {
        Http.Answer answer = http.get("/api/v2/admin/registry/review?kind=metadata_change&providerId=" + providerId,
                "Authorization", "Bearer " + TOKEN);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        for (JsonNode item : answer.json().get("items")) {
            if (item.get("modelId").asText().equals(modelId)) {
                return item.get("discovered");
            }
        }
        throw new AssertionError("no pending metadata_change for " + providerId + "/" + modelId + ": " + answer.body());
    }

    private JsonNode explain() {
        Http.Answer a = http.postJson("/api/v2/registry/select/explain", "{\"task\": \"chat\", \"inputModality\": [\"text\"], "
                + "\"outputModality\": [\"text\"], \"tenantTier\": 3, \"requiredCapabilities\": [\"" + CAP + "\"]}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private static List<String> rankedIds(JsonNode explanation) {
        List<String> ids = new ArrayList<>();
        explanation.get("ranked").forEach(r -> ids.add(r.get("modelId").asText()));
        return ids;
    }

    /** The reason t-mistral's model is not selected (the shipped catalog has models of the same ids). */
    private static String reasonOf(JsonNode explanation, String modelId) {
        for (JsonNode r : explanation.get("rejected")) {
            if (r.get("modelId").asText().equals(modelId) && r.get("providerId").asText().equals("t-mistral")) {
                return r.get("reason").asText();
            }
        }
        return null;
    }

    private void provider(String id, String keyVariable) {
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env, compliance) "
                + "VALUES (?, ?, ?, 'openai-compatible', ?, '{}') ON CONFLICT (id) DO NOTHING", id, id,
                "http://localhost:" + remote.getPort() + "/" + id + "/v1", keyVariable);
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES (?, 'healthy', 100) "
                + "ON CONFLICT (provider_id, region) DO NOTHING", id);
    }

    private void model(String providerId, String modelId, String displayName, Integer contextWindow) {
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                + "input_modalities, output_modalities, context_window, pricing_type, input_cost_per_1k, output_cost_per_1k) "
                + "VALUES (?, ?, ?, ?, ?, 'llm', ARRAY['chat', ?], '{text}', '{text}', ?, 'per_token', 0.0007, 0.0007)",
                providerId, modelId, providerId + "-" + modelId, modelId, displayName, CAP, contextWindow);
    }

    private void enableOnly(String... ids) {
        jdbc.update("UPDATE providers SET enabled = (id = ANY(?))", (Object) ids);
    }
}
