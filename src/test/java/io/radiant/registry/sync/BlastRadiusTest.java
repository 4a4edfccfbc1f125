package io.radiant.registry.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.radiant.registry.support.AwsStandIn;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SelectionProbe;
import io.radiant.registry.support.SyncRuns;
import java.nio.charset.StandardCharsets;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upstream that lies about the whole catalog, end to end over HTTP: a provider list retiring every model of its
 * provider, an OpenRouter-shaped feed retiring every catalog model, a list of 50,000 new ids, a model named with
 * 300 KB of text. Each time the service stays up, selection keeps answering while the sync runs, the sync ends in
 * bounded time, nothing past the churn guard changes, and what was held waits as ONE review decision that the
 * sync's details name. The relay publishes to the AWS stand-in, so the events are seen as EventBridge would get them.
 */
@TestPropertySource(properties = {
        "TEST_BLAST_KEY=sk-test-blast-4d5e6f",
        "registry.admin-token=" + BlastRadiusTest.TOKEN,
        "registry.events.relay-enabled=true",
        "registry.upstream.churn.max-new-models=100"
})
class BlastRadiusTest extends RegistryIntegrationTest {

    static final String TOKEN = "blast-admin-token-7";
    private static final String CAP = "cap_blast_test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(BlastRadiusTest.class);
    /** EventBridge refuses an entry over 256 KB. */
    private static final int EVENTBRIDGE_ENTRY_LIMIT = 256 * 1024;

    @RegisterExtension
    static WireMockExtension remote = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static final WireMockExtension aws = AwsStandIn.extension();

    static {
        AwsStandIn.credentials("test-access-key", "test-secret-key");
    }

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("registry.pricing.openrouter-feed-url", () -> "http://localhost:" + remote.getPort() + "/api/v1/models");
        AwsStandIn.endpoint(registry, aws);
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
    void oneProviderOfSixteenModels() {
        syncs = new SyncRuns(producer, jdbc);
        http = new Http(port);
        remote.resetAll();
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"FailedEntryCount\":0,\"Entries\":[]}")));
        jdbc.update("UPDATE providers SET enabled = false");
        jdbc.update("DELETE FROM model_review_queue");
        jdbc.update("DELETE FROM event_outbox");
        jdbc.update("DELETE FROM model_field_sources WHERE provider_id LIKE 'b-%'");
        jdbc.update("DELETE FROM models WHERE provider_id LIKE 'b-%'");
        jdbc.update("UPDATE models SET retirement_date = NULL, deprecation_date = NULL");
        jdbc.update("DELETE FROM model_field_sources WHERE field IN ('retirement_date', 'deprecation_date')");
        provider("b-openai");
        for (int i = 1; i <= 16; i++) {
            model("b-openai", "gpt-b-" + i);
        }
    }

    @Test
    void aListRetiringEveryModelRetiresNoneAndHoldsTheRetirementsAsOneDecision() {
        enableOnly("b-openai");
        ArrayNode data = JSON.createArrayNode();
        for (int i = 1; i <= 16; i++) {
            data.addObject().put("id", "gpt-b-" + i).put("object", "model").put("shutdown_date", "2000-01-01");
        }
        remote.stubFor(get(urlPathEqualTo("/b-openai/v1/models"))
                .willReturn(okJson(JSON.createObjectNode().put("object", "list").set("data", data).toString())));

        SelectionProbe.ProbedSync run = SelectionProbe.during(port, () -> syncs.run("full"));
        Map<String, Object> log = run.log();
        long took = run.took().toMillis();

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat(took).as("the sync ends in bounded time").isLessThan(30_000);
        LOG.info("figure: a list retiring 16 of 16 models: full sync {} ms", took);
        assertThat(retired("b-openai")).as("nothing retired").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'ModelLifecycleChanged'",
                Integer.class)).isZero();
        JsonNode item = onlyPending("held_changes");
        assertThat(item.get("providerId").asText()).isEqualTo("b-openai");
        assertThat(item.get("modelId").asText()).isEqualTo("*");
        assertThat(item.get("discovered").get("changes")).hasSize(16);
        assertThat(item.get("discovered").get("changes").get(0).get("newValue").asText()).isEqualTo("2000-01-01");
        assertThat(item.get("reason").asText()).contains("16 of its 16 active models");
        assertThat((String) log.get("details")).contains("\"retirementsHeldForReview\": 16");
        assertThat((String) log.get("errors")).contains("b-openai: churn guard: 16 models would leave selection at once");

        // one decision applies the whole set, as the operator's
        Http.Answer approved = http.postJson("/api/v2/admin/registry/review/" + item.get("reviewId").asText() + "/approve",
                "{\"note\": \"the provider really shuts them down\"}", "Authorization", "Bearer " + TOKEN);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("applied").get("valuesApplied").asInt()).isEqualTo(16);
        assertThat(retired("b-openai")).isEqualTo(16);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_field_sources WHERE provider_id = 'b-openai' "
                + "AND field = 'retirement_date' AND source = 'admin'", Integer.class)).isEqualTo(16);
        assertThat(EventSchemas.assertOutboxValid(jdbc, "ModelLifecycleChanged")).isEqualTo(16);

        // the same list again changes nothing more and holds nothing new
        Map<String, Object> again = syncs.run("full");
        assertThat(again.get("status")).isEqualTo("completed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE status = 'pending'", Integer.class))
                .isZero();
    }

    @Test
    void aFeedRetiringEveryCatalogModelRetiresNoneAndRejectingItsDatesDiscardsThem() {
        enableOnly("b-openai");
        List<Map<String, Object>> catalog = jdbc.queryForList("SELECT provider_id, model_id FROM models");
        ArrayNode data = JSON.createArrayNode();
        for (Map<String, Object> m : catalog) {
            data.addObject().put("id", m.get("provider_id") + "/" + m.get("model_id")).put("name", "whatever")
                    .put("expiration_date", "2000-01-01");
        }
        remote.stubFor(get(urlPathEqualTo("/api/v1/models"))
                .willReturn(okJson(JSON.createObjectNode().set("data", data).toString())));
        int selectableBefore = selectable();

        SelectionProbe.ProbedSync run = SelectionProbe.during(port, () -> syncs.run("pricing"));
        Map<String, Object> log = run.log();
        assertThat(run.took()).isLessThan(Duration.ofSeconds(30));

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE retirement_date IS NOT NULL", Integer.class))
                .as("a feed retires nothing by itself").isZero();
        assertThat(selectable()).isEqualTo(selectableBefore);
        List<Map<String, Object>> held = jdbc.queryForList("SELECT provider_id, jsonb_array_length(discovered->'changes') AS n "
                + "FROM model_review_queue WHERE kind = 'held_changes' AND status = 'pending'");
        assertThat(held).as("one decision per provider").hasSizeGreaterThan(1);
        assertThat(held.stream().map(r -> r.get("provider_id")).distinct().count()).isEqualTo(held.size());
        int heldDates = held.stream().mapToInt(r -> ((Number) r.get("n")).intValue()).sum();
        assertThat(heldDates).isGreaterThanOrEqualTo(catalog.size() / 2);
        assertThat((String) log.get("details")).contains("\"lifecycleDatesHeldForReview\": " + heldDates);
        assertThat((String) log.get("errors")).contains("lifecycle date(s) stated by the feeds held for review");

        // rejected: discarded, and the same dates are not held again by the next sync
        String reviewId = jdbc.queryForObject("SELECT id::text FROM model_review_queue WHERE kind = 'held_changes' "
                + "AND provider_id = 'openai' AND status = 'pending'", String.class);
        Http.Answer rejected = http.postJson("/api/v2/admin/registry/review/" + reviewId + "/reject", "{}",
                "Authorization", "Bearer " + TOKEN);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(syncs.run("pricing").get("status")).isEqualTo("completed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE kind = 'held_changes' "
                + "AND provider_id = 'openai' AND status = 'pending'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE kind = 'held_changes' "
                + "AND status = 'pending'", Integer.class)).isEqualTo(held.size() - 1);
        assertThat(retired("openai")).isZero();

        // approved: that provider's dates apply, all of them, as the operator's
        String anthropic = jdbc.queryForObject("SELECT id::text FROM model_review_queue WHERE kind = 'held_changes' "
                + "AND provider_id = 'anthropic' AND status = 'pending'", String.class);
        int anthropicModels = jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = 'anthropic'", Integer.class);
        Http.Answer approved = http.postJson("/api/v2/admin/registry/review/" + anthropic + "/approve", "{}",
                "Authorization", "Bearer " + TOKEN);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(retired("anthropic")).isEqualTo(anthropicModels);
        assertThat(EventSchemas.assertOutboxValid(jdbc, "ModelLifecycleChanged")).isEqualTo(anthropicModels);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id <> 'anthropic' "
                + "AND retirement_date IS NOT NULL", Integer.class)).isZero();
    }

    @Test
    void fiftyThousandNewIdsWaitAsOneItemWithOneEventAndOneApprovalCreatesThemAll() {
        provider("b-flood");
        enableOnly("b-flood");
        StringBuilder list = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (int i = 0; i < 50_000; i++) {
            list.append(i == 0 ? "" : ",").append("{\"id\":\"flood-").append(i).append("\",\"object\":\"model\"}");
        }
        remote.stubFor(get(urlPathEqualTo("/b-flood/v1/models")).willReturn(okJson(list.append("]}").toString())));

        SelectionProbe.ProbedSync run = SelectionProbe.during(port, () -> syncs.run("full"));
        Map<String, Object> log = run.log();
        long took = run.took().toMillis();

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat(took).as("the sync ends in bounded time").isLessThan(45_000);
        LOG.info("figure: 50,000 new ids: full sync {} ms", took);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = 'b-flood'", Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT detail_type FROM event_outbox WHERE detail_type LIKE 'Model%'", String.class))
                .containsExactly("ModelDiscoveryHeld");
        EventSchemas.assertOutboxValid(jdbc, "ModelDiscoveryHeld");
        assertThat((String) log.get("details")).contains("\"newIdsHeldForReview\": 50000");
        assertThat((String) log.get("errors")).contains("b-flood: 50000 new ids held for review as one decision");

        JsonNode item = onlyPending("mass_discovery");
        assertThat(item.get("discovered").get("count").asInt()).isEqualTo(50_000);
        assertThat(item.get("discovered").get("modelIdsSample")).hasSize(20);
        assertThat(item.get("discovered").has("models")).as("the list stays small").isFalse();
        Http.Answer one = http.get("/api/v2/admin/registry/review/" + item.get("reviewId").asText(),
                "Authorization", "Bearer " + TOKEN);
        assertThat(one.json().get("discovered").get("modelIds")).hasSize(50_000);

        long start = System.nanoTime();
        Http.Answer approved = http.postJson("/api/v2/admin/registry/review/" + item.get("reviewId").asText() + "/approve",
                "{\"category\": \"llm\"}", "Authorization", "Bearer " + TOKEN);
        long approving = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approving).as("one approval creates them in bounded time").isLessThan(30_000);
        LOG.info("figure: approving the mass_discovery item of 50,000 ids: {} ms", approving);
        assertThat(approved.json().get("applied").get("modelsCreated").asInt()).isEqualTo(50_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = 'b-flood' AND enabled "
                + "AND category = 'llm' AND litellm_id = 'b-flood/' || model_id", Integer.class)).isEqualTo(50_000);

        // listed again: all in the catalog now, nothing queued
        assertThat(syncs.run("full").get("status")).isEqualTo("completed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE status = 'pending'", Integer.class))
                .isZero();
        jdbc.update("DELETE FROM models WHERE provider_id = 'b-flood'");
    }

    @Test
    void aModelNamedWithThreeHundredKilobytesReachesEventBridgeInEntriesWellUnderItsLimit() throws Exception {
        provider("b-big");
        enableOnly("b-big");
        String name = "N".repeat(300 * 1024);
        ObjectNode listed = JSON.createObjectNode().put("object", "list");
        listed.putArray("data").addObject().put("id", "big-model").put("object", "model").put("display_name", name);
        remote.stubFor(get(urlPathEqualTo("/b-big/v1/models")).willReturn(okJson(listed.toString())));

        assertThat(SelectionProbe.during(port, () -> syncs.run("full")).log().get("status")).isEqualTo("completed");

        // every event of the sync leaves the outbox
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL", Integer.class)).isZero());
        List<JsonNode> sent = new ArrayList<>();
        for (ServeEvent call : aws.getAllServeEvents()) {
            String body = call.getRequest().getBodyAsString();
            JSON.readTree(body).get("Entries").forEach(sent::add);
            assertThat(body.getBytes(StandardCharsets.UTF_8).length).as("one PutEvents call").isLessThan(EVENTBRIDGE_ENTRY_LIMIT);
        }
        JsonNode discovered = sent.stream().filter(e -> e.get("DetailType").asText().equals("ModelDiscovered")
                && e.get("Detail").asText().contains("big-model")).findFirst().orElseThrow();
        String detail = discovered.get("Detail").asText();
        LOG.info("figure: a 300 KB name: its ModelDiscovered entry's detail is {} bytes",
                detail.getBytes(StandardCharsets.UTF_8).length);
        assertThat(detail.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20_000);
        EventSchemas.assertValid("ModelDiscovered", detail);
        assertThat(JSON.readTree(detail).get("modelId").asText()).isEqualTo("big-model");
        for (JsonNode e : sent) {
            assertThat(e.get("Detail").asText().getBytes(StandardCharsets.UTF_8).length).isLessThan(EVENTBRIDGE_ENTRY_LIMIT / 10);
        }

        // the relay bounds whatever reached the outbox, however it was written (the list parser shortens names to
        // their column; an event written with the whole 300 KB still goes out bounded, and says so)
        aws.resetRequests();
        jdbc.update("INSERT INTO event_outbox (detail_type, detail) VALUES ('ModelDiscovered', jsonb_build_object("
                + "'providerId', 'b-big', 'modelId', 'raw-big-model', 'syncId', CAST(gen_random_uuid() AS text), "
                + "'discovered', jsonb_build_object('modelId', 'raw-big-model', 'displayName', CAST(? AS text))))", name);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL", Integer.class)).isZero());
        String raw = null;
        for (ServeEvent call : aws.getAllServeEvents()) {
            for (JsonNode e : JSON.readTree(call.getRequest().getBodyAsString()).get("Entries")) {
                if (e.get("Detail").asText().contains("raw-big-model")) {
                    raw = e.get("Detail").asText();
                }
            }
        }
        assertThat(raw).isNotNull();
        LOG.info("figure: a ModelDiscovered detail of {} bytes is sent as {} bytes", name.length() + 150,
                raw.getBytes(StandardCharsets.UTF_8).length);
        assertThat(raw.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20_000);
        EventSchemas.assertValid("ModelDiscovered", raw);
        JsonNode d = JSON.readTree(raw);
        assertThat(d.get("discovered").get("displayName").asText()).startsWith("NNNN").endsWith("…");
        assertThat(d.get("truncated").get("strings").asInt()).isEqualTo(1);
        assertThat(d.get("truncated").get("originalBytes").asInt()).isGreaterThan(300 * 1024);
    }

    private JsonNode onlyPending(String kind) {
        Http.Answer answer = http.get("/api/v2/admin/registry/review?kind=" + kind, "Authorization", "Bearer " + TOKEN);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("items")).as(answer.body()).hasSize(1);
        return answer.json().get("items").get(0);
    }

    private int retired(String providerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = ? AND model_is_retired(retirement_date)",
                Integer.class, providerId);
    }

    private int selectable() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE enabled AND NOT deprecated "
                + "AND NOT model_is_retired(retirement_date)", Integer.class);
    }

    private void provider(String id) {
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env, compliance) "
                + "VALUES (?, ?, ?, 'openai-compatible', 'TEST_BLAST_KEY', '{}') ON CONFLICT (id) DO NOTHING", id, id,
                "http://localhost:" + remote.getPort() + "/" + id + "/v1");
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES (?, 'healthy', 100) "
                + "ON CONFLICT (provider_id, region) DO NOTHING", id);
    }

    private void model(String providerId, String modelId) {
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                + "input_modalities, output_modalities, pricing_type, input_cost_per_1k, output_cost_per_1k) "
                + "VALUES (?, ?, ?, ?, ?, 'llm', ARRAY['chat', ?], '{text}', '{text}', 'per_token', 0.0007, 0.0007)",
                providerId, modelId, providerId + "-" + modelId, modelId, modelId, CAP);
    }

    private void enableOnly(String... ids) {
        jdbc.update("UPDATE providers SET enabled = (id = ANY(?))", (Object) ids);
    }
}
