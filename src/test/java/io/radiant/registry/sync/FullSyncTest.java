package io.radiant.registry.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The full sync end to end: WireMock stands in for the providers (the fixture shapes, with pagination),
 * the whole service runs on a real database, and the outcome is read from the catalog, the review queue,
 * the sync log and the outbox.
 */
@TestPropertySource(properties = {
        "TEST_OPENAI_KEY=sk-test-openai-3f9a2c",
        "TEST_ANTHROPIC_KEY=sk-ant-test-77e1b0",
        "TEST_GOOGLE_KEY=AIza-test-google-51d2",
        "TEST_COHERE_KEY=co-test-9b8c7d",
        "TEST_OTHER_KEY=sk-test-other-a1b2c3",
        "registry.discovery.max-retries=2"
})
class FullSyncTest extends RegistryIntegrationTest {

    @RegisterExtension
    static WireMockExtension providers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    private SyncRuns syncs;
    private static boolean seeded;

    @BeforeEach
    void testProvidersOnly() {
        syncs = new SyncRuns(producer, jdbc);
        providers.resetAll();
        if (!seeded) {
            jdbc.update("UPDATE providers SET enabled = false");
            provider("t-openai", "openai-compatible", "TEST_OPENAI_KEY");
            provider("t-anthropic", "anthropic", "TEST_ANTHROPIC_KEY");
            provider("t-google", "google", "TEST_GOOGLE_KEY");
            provider("t-cohere", "cohere", "TEST_COHERE_KEY");
            provider("t-mistral", "openai-compatible", "TEST_OTHER_KEY");
            provider("t-deepseek", "openai-compatible", "TEST_OTHER_KEY");
            provider("t-together", "openai-compatible", "TEST_OTHER_KEY");
            provider("t-openrouter", "openai-compatible", "TEST_OTHER_KEY");
            provider("t-nokey", "openai-compatible", "TEST_UNSET_KEY");
            provider("t-faulty", "openai-compatible", "TEST_OTHER_KEY");
            seeded = true;
        }
        jdbc.update("DELETE FROM model_review_queue");
        jdbc.update("DELETE FROM event_outbox");
        jdbc.update("DELETE FROM models WHERE provider_id LIKE 't-%'");
        // t-openai's catalog: four models it lists, one it no longer lists
        for (String id : List.of("gpt-4o", "gpt-4o-mini", "text-embedding-3-small", "whisper-1", "gpt-3.5-legacy")) {
            catalogModel("t-openai", id);
        }
        for (String id : List.of("f-1", "f-2", "f-3", "f-4")) {
            catalogModel("t-faulty", id);
        }
    }

    @Test
    void everyKindIsReadWithItsAuthAndPagesAndDiffedIntoTheCatalogAndReviewQueue() {
        enableOnly("t-openai", "t-anthropic", "t-google", "t-cohere", "t-mistral", "t-deepseek", "t-together",
                "t-openrouter", "t-nokey");
        stubFixtures();

        Map<String, Object> log = syncs.run("full");

        assertThat(log.get("status")).isEqualTo("completed");
        // the sync's type survives the fan-out, so its duration is measured (registry_sync_duration_seconds)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            Timer completed = meters.find("registry.sync.duration").tags("type", "full", "status", "completed").timer();
            assertThat(completed).isNotNull();
            assertThat(completed.count()).isPositive();
        });
        assertThat(log.get("providers_updated")).isEqualTo(8);
        assertThat(log.get("models_deprecated")).isEqualTo(1);
        assertThat((String) log.get("errors")).isEqualTo("t-nokey: skipped: API key variable TEST_UNSET_KEY is not set");

        // new ids wait for review, none is enabled in the catalog
        assertThat(pending("t-anthropic")).containsExactlyInAnyOrder("claude-opus-4-20250514", "claude-sonnet-4-20250514",
                "claude-3-5-sonnet-20241022", "claude-3-haiku-20240307");
        assertThat(pending("t-google")).containsExactlyInAnyOrder("gemini-2.5-flash", "gemini-1.5-pro", "text-embedding-004");
        assertThat(pending("t-cohere")).containsExactlyInAnyOrder("command-a-03-2025", "command-r-plus", "embed-english-v3.0");
        assertThat(pending("t-openai")).hasSize(6).doesNotContain("gpt-4o");
        assertThat(pending("t-together")).contains("meta-llama/Llama-3.3-70B-Instruct-Turbo");
        assertThat(pending("t-openrouter")).contains("openai/gpt-4o");
        assertThat(pending("t-deepseek")).containsExactlyInAnyOrder("deepseek-chat", "deepseek-reasoner");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id IN ('t-anthropic', 't-google')",
                Integer.class)).isZero();
        assertThat(log.get("models_added")).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM model_review_queue WHERE kind = 'new_model'", Integer.class));
        // what the reviewer sees about a discovered model
        assertThat(jdbc.queryForObject("SELECT discovered->>'contextWindow' FROM model_review_queue "
                + "WHERE provider_id = 't-google' AND model_id = 'gemini-2.5-flash'", String.class)).isEqualTo("1048576");

        // listed catalog model updated from the list, missing one deprecated
        assertThat(jdbc.queryForObject("SELECT deprecated FROM models WHERE provider_id = 't-openai' "
                + "AND model_id = 'gpt-3.5-legacy'", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = 't-openai' AND NOT deprecated "
                + "AND last_seen_at IS NOT NULL", Integer.class)).isEqualTo(4);

        // keys in the header each kind expects, never in a URL; every page fetched
        providers.verify(2, getRequestedFor(urlPathEqualTo("/t-anthropic/v1/models"))
                .withHeader("x-api-key", equalTo("sk-ant-test-77e1b0"))
                .withHeader("anthropic-version", equalTo("2023-06-01")));
        providers.verify(getRequestedFor(urlPathEqualTo("/t-anthropic/v1/models"))
                .withQueryParam("after_id", equalTo("claude-sonnet-4-20250514")));
        providers.verify(2, getRequestedFor(urlPathEqualTo("/t-google/v1beta/models"))
                .withHeader("x-goog-api-key", equalTo("AIza-test-google-51d2")).withQueryParam("key", absent()));
        providers.verify(getRequestedFor(urlPathEqualTo("/t-cohere/v1/models"))
                .withQueryParam("page_token", equalTo("ZXlKd1lXZGxJam94ZlE"))
                .withHeader("Authorization", equalTo("Bearer co-test-9b8c7d")));
        providers.verify(getRequestedFor(urlPathEqualTo("/t-openai/v1/models"))
                .withHeader("Authorization", equalTo("Bearer sk-test-openai-3f9a2c"))
                .withHeader("syncId", absent()));
        providers.verify(0, getRequestedFor(urlPathEqualTo("/t-nokey/v1/models")));
        for (LoggedRequest request : providers.findAll(getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))) {
            assertThat(request.getUrl()).doesNotContain("test-").doesNotContain("AIza");
        }

        // the outbox holds one event per change, in the sync's transaction
        assertThat(countEvents("ModelDiscovered")).isEqualTo((Integer) log.get("models_added"));
        assertThat(countEvents("ModelDeprecated")).isEqualTo(1);
        assertThat(countEvents("RegistrySyncCompleted")).isEqualTo(1);
        assertThat(EventSchemas.assertOutboxValid(jdbc, "ModelDiscovered", "ModelDeprecated", "RegistrySyncCompleted"))
                .isEqualTo((Integer) log.get("models_added") + 2);
    }

    enum Fault {
        SERVER_ERROR(aResponse().withStatus(500).withBody("{\"error\":\"internal\"}"), 3),
        OVERLOADED_529(aResponse().withStatus(529).withBody(Fixtures.read("errors/anthropic-529.json")), 3),
        TIMEOUT(okJson(Fixtures.read("providers/openai/models.json")).withFixedDelay(2500), 3),
        RATE_LIMITED_WITH_RETRY_AFTER(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody(Fixtures.read("errors/openai-429.json")), 3),
        MALFORMED_JSON(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"object\":\"list\",\"data\":[{\"id\":"), 1),
        UNAUTHORIZED(aResponse().withStatus(401).withBody(Fixtures.read("errors/openai-401.json")), 1),
        EMPTY_LIST(okJson("{\"object\":\"list\",\"data\":[]}"), 1);

        final ResponseDefinitionBuilder answer;
        final int expectedCalls;

        Fault(ResponseDefinitionBuilder answer, int expectedCalls) {
            this.answer = answer;
            this.expectedCalls = expectedCalls;
        }
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aFaultyProviderLeavesTheOthersSyncedAndNothingOfItsOwnDeprecated(Fault fault) {
        enableOnly("t-openai", "t-faulty");
        providers.stubFor(list("t-openai", "/v1").willReturn(okJson(Fixtures.read("providers/openai/models.json"))));
        providers.stubFor(list("t-faulty", "/v1").willReturn(fault.answer));

        Map<String, Object> log = syncs.run("full");

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat(log.get("providers_updated")).isEqualTo(1);
        assertThat(pending("t-openai")).hasSize(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = 't-faulty' AND deprecated",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 't-faulty'",
                Integer.class)).isZero();
        assertThat((String) log.get("errors")).startsWith("t-faulty: ").contains("nothing deprecated")
                .doesNotContain("http://").doesNotContain("sk-test");
        providers.verify(fault.expectedCalls, getRequestedFor(urlPathEqualTo("/t-faulty/v1/models")));
        if (fault == Fault.RATE_LIMITED_WITH_RETRY_AFTER) {
            List<LoggedRequest> calls = providers.findAll(getRequestedFor(urlPathEqualTo("/t-faulty/v1/models")));
            for (int i = 1; i < calls.size(); i++) {
                long waited = calls.get(i).getLoggedDate().getTime() - calls.get(i - 1).getLoggedDate().getTime();
                assertThat(waited).as("wait honouring Retry-After: 1").isGreaterThanOrEqualTo(950);
            }
        }
    }

    @Test
    void aRetriedProviderThatRecoversIsSynced() {
        enableOnly("t-openai");
        providers.stubFor(list("t-openai", "/v1").inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        providers.stubFor(list("t-openai", "/v1").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(Fixtures.read("providers/openai/models.json"))));

        Map<String, Object> log = syncs.run("full");

        assertThat(log.get("providers_updated")).isEqualTo(1);
        assertThat((String) log.get("errors")).isEmpty();
        providers.verify(2, getRequestedFor(urlPathEqualTo("/t-openai/v1/models")));
    }

    @Test
    void churnGuardHoldsTheDeprecationOfHalfAProvidersModelsForReview() {
        enableOnly("t-openai");
        providers.stubFor(list("t-openai", "/v1").willReturn(okJson(
                "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o\"},{\"id\":\"gpt-4o-mini\"}]}")));

        Map<String, Object> log = syncs.run("full");

        assertThat(log.get("models_deprecated")).isEqualTo(0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = 't-openai' AND deprecated",
                Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT model_id FROM model_review_queue WHERE provider_id = 't-openai' "
                + "AND kind = 'deprecation' AND status = 'pending' ORDER BY model_id", String.class))
                .containsExactly("gpt-3.5-legacy", "text-embedding-3-small", "whisper-1");
        assertThat((String) log.get("details")).contains("\"deprecationsHeldForReview\": 3");
    }

    private void stubFixtures() {
        providers.stubFor(list("t-openai", "/v1").willReturn(okJson(Fixtures.read("providers/openai/models.json"))));
        providers.stubFor(list("t-mistral", "/v1").willReturn(okJson(Fixtures.read("providers/mistral/models.json"))));
        providers.stubFor(list("t-deepseek", "/v1").willReturn(okJson(Fixtures.read("providers/deepseek/models.json"))));
        providers.stubFor(list("t-together", "/v1").willReturn(okJson(Fixtures.read("providers/together/models.json"))));
        providers.stubFor(list("t-openrouter", "/v1").willReturn(okJson(Fixtures.read("providers/openrouter/models.json"))));
        providers.stubFor(list("t-anthropic", "/v1").withQueryParam("limit", equalTo("100"))
                .withQueryParam("after_id", absent())
                .willReturn(okJson(Fixtures.read("providers/anthropic/models-page1.json"))));
        providers.stubFor(list("t-anthropic", "/v1").withQueryParam("after_id", equalTo("claude-sonnet-4-20250514"))
                .willReturn(okJson(Fixtures.read("providers/anthropic/models-page2.json"))));
        providers.stubFor(list("t-google", "/v1beta").withQueryParam("pageToken", absent())
                .willReturn(okJson(Fixtures.read("providers/google/models-page1.json"))));
        providers.stubFor(list("t-google", "/v1beta").withQueryParam("pageToken", equalTo("Cg5tb2RlbHMvZ2VtaW5p"))
                .willReturn(okJson(Fixtures.read("providers/google/models-page2.json"))));
        providers.stubFor(list("t-cohere", "/v1").withQueryParam("page_token", absent())
                .willReturn(okJson(Fixtures.read("providers/cohere/models-page1.json"))));
        providers.stubFor(list("t-cohere", "/v1").withQueryParam("page_token", equalTo("ZXlKd1lXZGxJam94ZlE"))
                .willReturn(okJson(Fixtures.read("providers/cohere/models-page2.json"))));
    }

    private static MappingBuilder list(String providerId, String version) {
        return get(urlPathEqualTo("/" + providerId + version + "/models"));
    }

    private void provider(String id, String kind, String keyVariable) {
        String version = "google".equals(kind) ? "/v1beta" : "/v1";
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) VALUES (?, ?, ?, ?, ?)",
                id, id, "http://localhost:" + providers.getPort() + "/" + id + version, kind, keyVariable);
    }

    private void catalogModel(String providerId, String modelId) {
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category) "
                + "VALUES (?, ?, ?, ?, ?, 'llm')", providerId, modelId, modelId, modelId, modelId);
    }

    private void enableOnly(String... ids) {
        jdbc.update("UPDATE providers SET enabled = (id = ANY(?))", (Object) ids);
    }

    private List<String> pending(String providerId) {
        return jdbc.queryForList("SELECT model_id FROM model_review_queue WHERE provider_id = ? AND kind = 'new_model' "
                + "AND status = 'pending'", String.class, providerId);
    }

    private int countEvents(String detailType) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = ?", Integer.class, detailType);
    }
}
