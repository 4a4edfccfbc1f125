package io.radiant.registry.edits;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
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
 * Admin edits over HTTP against the real database (DESIGN.md §4.6): every editable field with its source,
 * history, event and audit entry; the ETag rules under real concurrent requests; a sync after an edit keeps the
 * admin value and files a proposal; the selection answer follows a disabled model or provider.
 */
@TestPropertySource(properties = {"registry.admin-token=edits-admin-token-7", "TEST_EDITS_KEY=sk-test-edits-4b1e"})
class AdminEditsApiTest extends RegistryIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] AUTH = {"Authorization", "Bearer edits-admin-token-7"};
    private static final ExecutorService CALLERS = Executors.newFixedThreadPool(2);

    @RegisterExtension
    static WireMockExtension upstream = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void feedUrl(DynamicPropertyRegistry registry) {
        registry.add("registry.pricing.feed-url", () -> "http://localhost:" + upstream.getPort() + "/prices.json");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProducerTemplate producer;

    private Http http;
    private String provider;
    private String cap;

    @AfterAll
    static void stopCallers() {
        CALLERS.shutdownNow();
    }

    @BeforeEach
    void ownCatalog() {
        http = new Http(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        provider = "ed-" + suffix;
        cap = "edits_" + suffix;
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env, compliance) "
                + "VALUES (?, 'Edits Test', ?, 'openai-compatible', 'TEST_EDITS_KEY', '{SOC2}')",
                provider, "http://localhost:" + upstream.getPort() + "/" + provider + "/v1");
        jdbc.update("INSERT INTO provider_health (provider_id, status) VALUES (?, 'healthy')", provider);
        model("chat-a", 0.001);
        model("chat-b", 0.002);
    }

    @Test
    void everyExternalFieldIsEditedWithSourceReasonHistoryAuditAndOneEventEach() throws Exception {
        String id = id("chat-a");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", "\"Chat A (corrected)\"");
        values.put("description", "\"Corrected by hand\"");
        values.put("capabilities", "[\"chat\", \"" + cap + "\", \"vision\"]");
        values.put("inputModalities", "[\"text\", \"image\"]");
        values.put("outputModalities", "[\"text\", \"audio\"]");
        values.put("contextWindow", "256000");
        values.put("maxOutput", "32000");
        values.put("deprecationDate", "\"2027-03-01\"");
        values.put("retirementDate", "\"2027-09-01\"");
        values.put("successorModelId", "\"chat-b\"");
        values.put("pricingType", "\"per_character\"");
        values.put("inputCostPer1k", "0.0031");
        values.put("outputCostPer1k", "0.0152");
        values.put("costPerRequest", "0.01");
        values.put("costPerSecond", "0.002");
        values.put("costPerImage", "0.04");
        values.put("costPerMinute", "0.006");
        values.put("cacheReadCostPer1k", "0.0003");
        values.put("cacheWriteCostPer1k", "0.00375");
        values.put("cacheWrite1hCostPer1k", "0.006");
        values.put("reasoningCostPer1k", "0.012");
        values.put("batchInputCostPer1k", "0.0015");
        values.put("batchOutputCostPer1k", "0.0075");
        values.put("markupRate", "0.25");
        values.put("deprecated", "true");
        values.put("enabled", "false");
        assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(EditableFields.MODEL.stream()
                .filter(f -> f.appliesTo(true)).map(EditableField::name).toList());

        for (Map.Entry<String, String> v : values.entrySet()) {
            Http.Answer before = detail(id);
            String etag = before.header("ETag");
            assertThat(etag).isEqualTo(before.json().get("etag").asText()).matches("\"v\\d+\"");
            jdbc.update("DELETE FROM event_outbox");

            Http.Answer edited = patch(id, etag, "{\"changes\": {\"" + v.getKey() + "\": " + v.getValue()
                    + "}, \"reason\": \"fix " + v.getKey() + "\"}", "X-Actor", "ops@example.test");

            assertThat(edited.status()).as(v.getKey() + ": " + edited.body()).isEqualTo(200);
            assertThat(edited.header("ETag")).isNotEqualTo(etag).isEqualTo(edited.json().get("etag").asText());
            EditableField field = EditableFields.MODEL.stream().filter(f -> f.name().equals(v.getKey())).findFirst().orElseThrow();
            JsonNode source = edited.json().get("sources").get(field.column());
            assertThat(source.get("source").asText()).as(v.getKey()).isEqualTo("admin");
            assertThat(source.get("reason").asText()).isEqualTo("fix " + v.getKey());
            assertThat(source.get("observedAt").asText()).isNotBlank();
            JsonNode history = edited.json().get("history").get(0);
            assertThat(history.get("kind").asText()).isEqualTo("edit");
            assertThat(history.get("actor").asText()).isEqualTo("ops@example.test");
            assertThat(history.get("changes").get(0).get("field").asText()).isEqualTo(v.getKey());
            assertThat(history.get("changes").get(0).get("newValue")).isEqualTo(normalised(v.getValue(), history));
            List<String> events = jdbc.queryForList("SELECT detail::text FROM event_outbox WHERE detail_type = "
                    + "'ModelUpdatedByAdmin'", String.class);
            assertThat(events).as(v.getKey()).hasSize(1);
            JsonNode event = JSON.readTree(events.get(0));
            assertThat(event.get("changes")).hasSize(1);
            assertThat(event.get("changes").get(0).get("field").asText()).isEqualTo(v.getKey());
            assertThat(event.get("reason").asText()).isEqualTo("fix " + v.getKey());
            assertThat(event.get("actor").asText()).isEqualTo("ops@example.test");
            assertThat(event.get("modelId").asText()).isEqualTo("chat-a");
            EventSchemas.assertOutboxValid(jdbc, "ModelUpdatedByAdmin");
        }
        Map<String, Object> row = jdbc.queryForMap("SELECT display_name, context_window, enabled, deprecated, "
                + "deprecated_at IS NOT NULL AS dated, input_cost_per_1k::text AS input, markup_rate::text AS markup, "
                + "capabilities::text AS caps, CAST(retirement_date AS text) AS retires FROM models WHERE id = ?::uuid", id);
        assertThat(row).containsEntry("display_name", "Chat A (corrected)").containsEntry("context_window", 256000)
                .containsEntry("enabled", false).containsEntry("deprecated", true).containsEntry("dated", true)
                .containsEntry("input", "0.00310000").containsEntry("markup", "0.2500")
                .containsEntry("caps", "{chat," + cap + ",vision}").containsEntry("retires", "2027-09-01");
        // price moves are price history too, source admin
        assertThat(jdbc.queryForList("SELECT field || ':' || source FROM model_price_history WHERE model_id = 'chat-a' "
                + "AND provider_id = ? ORDER BY id", String.class, provider))
                .containsExactly("input_cost_per_1k:admin", "output_cost_per_1k:admin", "cost_per_request:admin",
                        "cost_per_second:admin", "cost_per_image:admin", "cost_per_minute:admin",
                        "cache_read_cost_per_1k:admin", "cache_write_cost_per_1k:admin",
                        "cache_write_1h_cost_per_1k:admin", "reasoning_cost_per_1k:admin",
                        "batch_input_cost_per_1k:admin", "batch_output_cost_per_1k:admin");
        // the audit lists every change of the model, newest first
        JsonNode audit = http.get("/api/v2/admin/registry/audit?modelId=chat-a&providerId=" + provider, AUTH).json();
        assertThat(audit.get("entries")).hasSize(values.size());
        assertThat(audit.get("entries").get(0).get("changes").get(0).get("field").asText()).isEqualTo("enabled");
        assertThat(audit.get("entries").get(values.size() - 1).get("changes").get(0).get("field").asText())
                .isEqualTo("displayName");
        assertThat(audit.get("entries").get(0).get("id").asText()).isEqualTo(id);
        // since and limit narrow it: a time before the edits keeps them all, one after them keeps none
        String byModel = "/api/v2/admin/registry/audit?modelId=chat-a&providerId=" + provider;
        assertThat(http.get(byModel + "&since=2000-01-01T00:00:00%2B02:00", AUTH).json().get("entries"))
                .hasSize(values.size());
        assertThat(http.get(byModel + "&since=2999-01-01T00:00:00Z", AUTH).json().get("entries")).isEmpty();
        assertThat(http.get(byModel + "&limit=1", AUTH).json().get("entries")).hasSize(1);
        // the disabled model is still found by id, to enable it again
        assertThat(detail(id).json().get("enabled").asBoolean()).isFalse();
    }

    @Test
    void aDisabledModelLeavesSelectionWithinASecondAndComesBackWhenEnabled() throws Exception {
        String a = id("chat-a");
        awaitSelected("chat-a");

        long start = System.nanoTime();
        assertThat(patch(a, detail(a).header("ETag"), "{\"changes\":{\"enabled\":false},\"reason\":\"misbehaving\"}")
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> "chat-b".equals(selected()));
        long disabledMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(patch(a, detail(a).header("ETag"), "{\"changes\":{\"enabled\":true},\"reason\":\"fixed upstream\"}")
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> "chat-a".equals(selected()));

        // deprecated and a past retirement date take a model out of selection too
        patchOk(a, "{\"changes\":{\"deprecated\":true},\"reason\":\"superseded\"}");
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> "chat-b".equals(selected()));
        patchOk(a, "{\"changes\":{\"deprecated\":false,\"retirementDate\":\"2020-01-01\"},\"reason\":\"retired\"}");
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> "chat-b".equals(selected()));
        System.out.println("[edits] disabled model left selection after " + disabledMs + " ms");
    }

    @Test
    void aDisabledProviderLeavesSelectionAndItsFieldsAreEditedWithAnEvent() throws Exception {
        awaitSelected("chat-a");
        Http.Answer before = http.get("/api/v2/admin/registry/providers/" + provider, AUTH);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.header("ETag")).isEqualTo(before.json().get("etag").asText());
        jdbc.update("DELETE FROM event_outbox");

        Http.Answer edited = http.send("PATCH", "/api/v2/admin/registry/providers/" + provider, "application/json",
                "{\"changes\":{\"enabled\":false,\"compliance\":[\"SOC2\",\"HIPAA\"],\"displayName\":\"Edits (paused)\"},"
                        + "\"reason\":\"provider outage\"}", "If-Match", before.header("ETag"), AUTH[0], AUTH[1]);

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("compliance").toString()).isEqualTo("[\"SOC2\",\"HIPAA\"]");
        assertThat(edited.header("ETag")).isNotEqualTo(before.header("ETag"));
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> {
                    String selected = selected(); // null: nothing else meets the criteria, a 404
                    return selected == null || !List.of("chat-a", "chat-b").contains(selected);
                });
        JsonNode event = JSON.readTree(jdbc.queryForObject("SELECT detail::text FROM event_outbox WHERE detail_type = "
                + "'ProviderUpdatedByAdmin'", String.class));
        assertThat(event.get("changes")).hasSize(3);
        assertThat(event.get("actor").isNull()).isTrue();
        EventSchemas.assertOutboxValid(jdbc, "ProviderUpdatedByAdmin");

        for (String field : List.of("apiBaseUrl", "apiKeyEnv", "baseUrl", "keyVariable")) {
            Http.Answer refused = http.send("PATCH", "/api/v2/admin/registry/providers/" + provider, "application/json",
                    "{\"changes\":{\"" + field + "\":\"http://evil.test\"},\"reason\":\"redirect\"}",
                    "If-Match", edited.header("ETag"), AUTH[0], AUTH[1]);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("field").asText()).isEqualTo(field);
            assertThat(refused.json().get("message").asText()).contains("not editable over HTTP");
        }
        assertThat(jdbc.queryForObject("SELECT api_base_url FROM providers WHERE id = ?", String.class, provider))
                .startsWith("http://localhost:");

        http.send("PATCH", "/api/v2/admin/registry/providers/" + provider, "application/json",
                "{\"changes\":{\"enabled\":true},\"reason\":\"provider back\"}", "If-Match", edited.header("ETag"),
                AUTH[0], AUTH[1]);
        awaitSelected("chat-a");
        JsonNode audit = http.get("/api/v2/admin/registry/audit?providerId=" + provider, AUTH).json();
        assertThat(audit.get("entries")).hasSize(2);
        assertThat(audit.get("entries").get(1).get("reason").asText()).isEqualTo("provider outage");
        assertThat(audit.get("entries").get(1).get("modelId").isNull()).isTrue();
    }

    @Test
    void aSelfHostedModelTakesMinTierAndRefusesExternalOnlyFields() throws Exception {
        String modelId = "sh-" + cap;
        String id = jdbc.queryForObject("INSERT INTO self_hosted_models (model_id, name, display_name, category, "
                + "specialty, capabilities, input_modalities, output_modalities, primary_mode, sagemaker_image, "
                + "instance_type, gpu_memory_gb, license, hourly_rate, min_tier) VALUES (?, ?, 'SH', 'llm', 'chat', "
                + "ARRAY['chat', ?], '{text}', '{text}', 'chat', 'img', 'ml.g5.xlarge', 24, 'MIT', 1.0, 2) "
                + "RETURNING id::text", String.class, modelId, modelId, cap);
        jdbc.update("INSERT INTO thermal_states (model_id, current_state) VALUES (?, 'HOT')", modelId);

        Http.Answer edited = patch(id, detail(id).header("ETag"), "{\"changes\":{\"minTier\":4},\"reason\":\"licence\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("minTier").asInt()).isEqualTo(4);
        assertThat(edited.json().get("sources").get("min_tier").get("source").asText()).isEqualTo("admin");
        assertThat(jdbc.queryForObject("SELECT min_tier FROM self_hosted_models WHERE id = ?::uuid", Integer.class, id))
                .isEqualTo(4);
        EventSchemas.assertOutboxValid(jdbc, "ModelUpdatedByAdmin");

        Http.Answer price = patch(id, edited.header("ETag"), "{\"changes\":{\"inputCostPer1k\":1},\"reason\":\"price\"}");
        assertThat(price.status()).isEqualTo(400);
        assertThat(price.json().get("field").asText()).isEqualTo("inputCostPer1k");
        Http.Answer tierOnExternal = patch(id("chat-a"), detail(id("chat-a")).header("ETag"),
                "{\"changes\":{\"minTier\":2},\"reason\":\"tier\"}");
        assertThat(tierOnExternal.status()).isEqualTo(400);
        assertThat(tierOnExternal.json().get("message").asText()).contains("self-hosted");
    }

    @Test
    void aStaleETagIs412WithTheCurrentVersionAndAMissingOneIs428() throws Exception {
        String id = id("chat-a");
        String first = detail(id).header("ETag");
        patchOk(id, "{\"changes\":{\"inputCostPer1k\":0.004},\"reason\":\"first operator\"}");

        Http.Answer stale = patch(id, first, "{\"changes\":{\"inputCostPer1k\":0.009},\"reason\":\"second operator\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("error").asText()).isEqualTo("precondition_failed");
        assertThat(stale.json().get("etag").asText()).isEqualTo(detail(id).header("ETag")).isNotEqualTo(first);
        assertThat(stale.json().get("current").get("inputCostPer1k").decimalValue()).isEqualByComparingTo("0.004");
        assertThat(stale.json().get("current").get("history").get(0).get("reason").asText()).isEqualTo("first operator");

        Http.Answer missing = http.send("PATCH", "/api/v2/admin/registry/models/" + id, "application/json",
                "{\"changes\":{\"inputCostPer1k\":0.009},\"reason\":\"no tag\"}", AUTH);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().get("error").asText()).isEqualTo("precondition_required");
        assertThat(patch(id, "\"not-ours\"", "{\"changes\":{\"enabled\":false},\"reason\":\"odd tag\"}").status())
                .isEqualTo(412);
        assertThat(jdbc.queryForObject("SELECT input_cost_per_1k::text FROM models WHERE id = ?::uuid", String.class, id))
                .isEqualTo("0.00400000");
        assertThat(patch(UUID.randomUUID().toString(), first, "{\"changes\":{\"enabled\":false},\"reason\":\"gone\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void twoConcurrentEditsWithOneETagOneWinsTheOtherIs412() throws Exception {
        String id = id("chat-a");
        for (int round = 0; round < 10; round++) {
            String etag = detail(id).header("ETag");
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Answer>> calls = new ArrayList<>();
            for (String price : List.of("0.0" + (11 + round), "0.0" + (51 + round))) {
                calls.add(CALLERS.submit(() -> {
                    go.await();
                    return patch(id, etag, "{\"changes\":{\"inputCostPer1k\":" + price + "},\"reason\":\"race " + price + "\"}");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Answer> call : calls) {
                statuses.add(call.get().status());
            }
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 412);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registry_audit WHERE registry_id = ?", Integer.class, id))
                .isEqualTo(10);
    }

    @Test
    void badInputIsAClearFourHundredNeverAFiveHundred() throws Exception {
        String id = id("chat-a");
        String etag = detail(id).header("ETag");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"changes\":{\"colour\":\"red\"},\"reason\":\"unknown\"}", "colour");
        cases.put("{\"changes\":{\"contextWindow\":\"big\"},\"reason\":\"wrong type\"}", "contextWindow");
        cases.put("{\"changes\":{\"contextWindow\":1.5},\"reason\":\"fraction\"}", "contextWindow");
        cases.put("{\"changes\":{\"inputCostPer1k\":-1},\"reason\":\"negative\"}", "inputCostPer1k");
        cases.put("{\"changes\":{\"maxOutput\":0},\"reason\":\"range\"}", "maxOutput");
        cases.put("{\"changes\":{\"retirementDate\":\"next year\"},\"reason\":\"date\"}", "retirementDate");
        cases.put("{\"changes\":{\"enabled\":\"yes\"},\"reason\":\"bool\"}", "enabled");
        cases.put("{\"changes\":{\"pricingType\":\"per_hug\"},\"reason\":\"choice\"}", "pricingType");
        cases.put("{\"changes\":{\"litellmId\":\"x\"},\"reason\":\"identity\"}", "litellmId");
        cases.put("{\"changes\":{\"category\":\"llm\"},\"reason\":\"category\"}", "category");
        cases.put("{\"changes\":{\"displayName\":null},\"reason\":\"null\"}", "displayName");
        cases.put("{\"changes\":{\"enabled\":false},\"reason\":\"ok\"}", "reason");
        cases.put("{\"changes\":{\"enabled\":false},\"reason\":\"   \"}", "reason");
        cases.put("{\"changes\":{\"enabled\":false}}", "reason");
        cases.put("{\"changes\":{\"enabled\":false},\"reason\":\"" + "x".repeat(501) + "\"}", "reason");
        cases.put("{\"changes\":{},\"reason\":\"nothing\"}", "changes");
        cases.put("{\"changes\":[1],\"reason\":\"array\"}", "changes");
        cases.put("{\"changes\":{\"enabled\":false},\"reason\":\"extra\",\"force\":true}", "force");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Http.Answer refused = patch(id, etag, c.getKey());
            assertThat(refused.status()).as(c.getKey() + " → " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isEqualTo("invalid_request");
            assertThat(refused.json().get("field").asText()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(refused.json().get("message").asText()).isNotBlank();
        }
        Http.Answer malformed = patch(id, etag, "{\"changes\": {");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).contains("not valid JSON");
        Http.Answer tooLarge = patch(id, etag, "{\"changes\":{\"description\":\"" + "x".repeat(70_000) + "\"},\"reason\":\"big\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("error").asText()).isNotBlank();
        Http.Answer badActor = patch(id, etag, "{\"changes\":{\"enabled\":false},\"reason\":\"actor\"}", "X-Actor", "x".repeat(101));
        assertThat(badActor.status()).isEqualTo(400);
        assertThat(badActor.json().get("field").asText()).isEqualTo("X-Actor");
        Http.Answer notJson = http.send("PATCH", "/api/v2/admin/registry/models/" + id, "text/plain",
                "{\"changes\":{\"enabled\":false},\"reason\":\"type\"}", "If-Match", etag, AUTH[0], AUTH[1]);
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(http.get("/api/v2/admin/registry/audit?since=yesterday", AUTH).status()).isEqualTo(400);
        assertThat(http.get("/api/v2/admin/registry/audit?limit=0", AUTH).status()).isEqualTo(400);
        // nothing changed, and without the token nothing is served
        assertThat(detail(id).header("ETag")).isEqualTo(etag);
        assertThat(http.send("PATCH", "/api/v2/admin/registry/models/" + id, "application/json",
                "{\"changes\":{\"enabled\":false},\"reason\":\"no token\"}", "If-Match", etag).status()).isEqualTo(401);
        assertThat(http.postJson("/api/v2/admin/registry/models", "{}").status()).isEqualTo(401);
        assertThat(http.get("/api/v2/admin/registry/audit").status()).isEqualTo(401);
    }

    @Test
    void aModelAddedByHandIs201WithLocationAndTheSameIdAgainIs409() throws Exception {
        String body = "{\"providerId\":\"" + provider + "\",\"modelId\":\"hand-1\",\"displayName\":\"Hand 1\","
                + "\"category\":\"llm\",\"capabilities\":[\"chat\",\"" + cap + "_hand\"],\"inputModalities\":[\"text\"],"
                + "\"outputModalities\":[\"text\"],\"contextWindow\":128000,\"inputCostPer1k\":0.0005,"
                + "\"outputCostPer1k\":0.0015,\"reason\":\"provider has no list endpoint\"}";

        Http.Answer created = http.postJson("/api/v2/admin/registry/models", body, "X-Actor", "alice", AUTH[0], AUTH[1]);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).isEqualTo("/api/v2/admin/registry/models/" + created.json().get("id").asText());
        assertThat(created.header("ETag")).isNotBlank();
        Http.Answer read = http.get(location, AUTH);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("sources").get("context_window").get("source").asText()).isEqualTo("admin");
        assertThat(read.json().get("litellmId").asText()).isEqualTo("hand-1");
        JsonNode audit = http.get("/api/v2/admin/registry/audit?modelId=hand-1", AUTH).json().get("entries");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("kind").asText()).isEqualTo("create");
        assertThat(audit.get(0).get("actor").asText()).isEqualTo("alice");
        EventSchemas.assertOutboxValid(jdbc, "ModelUpdatedByAdmin");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> "hand-1".equals(selected(cap + "_hand")));

        Http.Answer again = http.postJson("/api/v2/admin/registry/models", body, AUTH);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("model_exists");
        Http.Answer unknown = http.postJson("/api/v2/admin/registry/models", body.replace(provider, "no-such-provider"), AUTH);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("providerId");
        Http.Answer noCategory = http.postJson("/api/v2/admin/registry/models", body.replace("\"llm\"", "\"toaster\""), AUTH);
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.json().get("field").asText()).isEqualTo("category");
        Http.Answer tier = http.postJson("/api/v2/admin/registry/models", body.replace("\"reason\"", "\"minTier\":2,\"reason\""), AUTH);
        assertThat(tier.status()).isEqualTo(400);
    }

    @Test
    void aFullSyncAndAPricingSyncAfterAnEditKeepTheAdminValuesAndFileProposals() throws Exception {
        String a = id("chat-a");
        String b = id("chat-b");
        patchOk(a, "{\"changes\":{\"contextWindow\":100000,\"inputCostPer1k\":0.0042,\"deprecated\":true},"
                + "\"reason\":\"vendor's pricing page\"}");
        patchOk(b, "{\"changes\":{\"deprecated\":false},\"reason\":\"keep serving it\"}");
        List<String> enabled = jdbc.queryForList("SELECT id FROM providers WHERE enabled", String.class);
        jdbc.update("UPDATE providers SET enabled = (id = ?)", provider);
        try {
            // the provider still lists chat-a (with another context window) but no longer chat-b
            upstream.stubFor(get(urlPathEqualTo("/" + provider + "/v1/models")).willReturn(okJson(
                    "{\"data\":[{\"id\":\"chat-a\",\"context_length\":64000},{\"id\":\"chat-c\"}]}")));
            Map<String, Object> full = new SyncRuns(producer, jdbc).run("full");
            assertThat(full.get("status")).as(String.valueOf(full)).isEqualTo("completed");

            Map<String, Object> rowA = jdbc.queryForMap("SELECT context_window, deprecated FROM models WHERE id = ?::uuid", a);
            assertThat(rowA).containsEntry("context_window", 100000).containsEntry("deprecated", true);
            assertThat(jdbc.queryForObject("SELECT deprecated FROM models WHERE id = ?::uuid", Boolean.class, b)).isFalse();
            assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue WHERE provider_id = ? AND "
                    + "model_id = 'chat-a' AND kind = 'metadata_change' AND status = 'pending'", String.class, provider))
                    .contains("\"field\": \"context_window\"").contains("\"newValue\": 64000")
                    .contains("\"currentSource\": \"admin\"");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM model_review_queue WHERE provider_id = ? AND "
                    + "model_id = 'chat-b' AND kind = 'deprecation' AND status = 'pending'", Integer.class, provider)).isOne();

            upstream.stubFor(get(urlPathEqualTo("/prices.json")).willReturn(okJson("{\"" + litellm("chat-a") + "\": "
                    + "{\"litellm_provider\": \"openai\", \"mode\": \"chat\", \"input_cost_per_token\": 0.000009, "
                    + "\"output_cost_per_token\": 0.00002, \"max_input_tokens\": 90000}}")));
            Map<String, Object> pricing = new SyncRuns(producer, jdbc).run("pricing");
            assertThat(pricing.get("status")).as(String.valueOf(pricing)).isEqualTo("completed");
            assertThat(jdbc.queryForObject("SELECT input_cost_per_1k::text FROM models WHERE id = ?::uuid", String.class, a))
                    .isEqualTo("0.00420000");
            assertThat(jdbc.queryForObject("SELECT discovered::text FROM model_review_queue WHERE provider_id = ? AND "
                    + "model_id = 'chat-a' AND kind = 'price_change' AND status = 'pending'", String.class, provider))
                    .contains("input_cost_per_1k").contains("\"currentSource\": \"admin\"");
            JsonNode sources = detail(a).json().get("sources");
            assertThat(sources.get("context_window").get("source").asText()).isEqualTo("admin");
            assertThat(sources.get("input_cost_per_1k").get("source").asText()).isEqualTo("admin");
            assertThat(sources.get("input_cost_per_1k").get("reason").asText()).isEqualTo("vendor's pricing page");

            // a review decision is audited too, with the reviewer's note
            String review = jdbc.queryForObject("SELECT id::text FROM model_review_queue WHERE provider_id = ? AND "
                    + "model_id = 'chat-b' AND kind = 'deprecation'", String.class, provider);
            assertThat(http.postJson("/api/v2/admin/registry/review/" + review + "/reject",
                    "{\"note\":\"still served\",\"decidedBy\":\"bob\"}", AUTH).status()).isEqualTo(200);
            JsonNode entries = http.get("/api/v2/admin/registry/audit?providerId=" + provider, AUTH).json().get("entries");
            assertThat(entries.get(0).get("kind").asText()).isEqualTo("review");
            assertThat(entries.get(0).get("actor").asText()).isEqualTo("bob");
            assertThat(entries.get(0).get("reason").asText()).isEqualTo("still served");
            assertThat(entries.get(0).get("changes").get(0).get("newValue").asText()).isEqualTo("rejected");
            // chat-b's deprecated was already false: the admin source protects it, but no value changed to audit
            assertThat(entries).hasSize(2);
            assertThat(detail(b).json().get("sources").get("deprecated").get("source").asText()).isEqualTo("admin");
        } finally {
            jdbc.update("UPDATE providers SET enabled = (id = ANY(?))", (Object) enabled.toArray(String[]::new));
        }
    }

    private Http.Answer detail(String id) {
        Http.Answer answer = http.get("/api/v2/admin/registry/models/" + id, AUTH);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private Http.Answer patch(String id, String etag, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of(AUTH));
        all.addAll(List.of("If-Match", etag));
        all.addAll(List.of(headers));
        return http.send("PATCH", "/api/v2/admin/registry/models/" + id, "application/json", body, all.toArray(String[]::new));
    }

    private void patchOk(String id, String body) {
        Http.Answer answer = patch(id, detail(id).header("ETag"), body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private String selected() {
        return selected(cap);
    }

    private String selected(String capability) {
        Http.Answer answer = http.postJson("/api/v2/registry/select", "{\"task\":\"chat\",\"inputModality\":[\"text\"],"
                + "\"outputModality\":[\"text\"],\"tenantTier\":5,\"requiredCapabilities\":[\"" + capability + "\"]}");
        return answer.status() == 200 ? answer.json().get("modelId").asText() : null;
    }

    private void awaitSelected(String modelId) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> modelId.equals(selected()));
    }

    private void model(String modelId, double inputPrice) {
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                + "input_modalities, output_modalities, context_window, input_cost_per_1k, output_cost_per_1k) "
                + "VALUES (?, ?, ?, ?, ?, 'llm', ARRAY['chat', ?], '{text}', '{text}', 128000, ?, ?)",
                provider, modelId, litellm(modelId), modelId, modelId, cap, inputPrice, inputPrice * 2);
    }

    private String litellm(String modelId) {
        return provider + "-" + modelId;
    }

    private String id(String modelId) {
        return jdbc.queryForObject("SELECT id::text FROM models WHERE provider_id = ? AND model_id = ?", String.class,
                provider, modelId);
    }

    /** The value as the audit shows it: the column's own JSON (numbers as stored, dates yyyy-mm-dd). */
    private static JsonNode normalised(String sent, JsonNode history) throws Exception {
        JsonNode value = JSON.readTree(sent);
        JsonNode shown = history.get("changes").get(0).get("newValue");
        if (value.isNumber() && shown.isNumber()) {
            return value.decimalValue().compareTo(shown.decimalValue()) == 0 ? shown : value;
        }
        return value;
    }
}
