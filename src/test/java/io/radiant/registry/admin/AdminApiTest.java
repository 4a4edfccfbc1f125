package io.radiant.registry.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The admin API over HTTP against a real database: every path, its filters and errors, the sync
 * trigger's contract with direct:sync-trigger, and the token check (Spring Security, system/security) in front of
 * every admin path served by Camel's platform-http routes.
 */
@TestPropertySource(properties = "registry.admin-token=" + AdminApiTest.TOKEN)
class AdminApiTest extends RegistryIntegrationTest {

    static final String TOKEN = "admin-api-test-token-5f0c2b";
    static final String[] AUTH = {"Authorization", "Bearer " + TOKEN};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;

    private Http http;
    private static boolean advised;

    @BeforeEach
    void setUp() throws Exception {
        http = new Http(port);
        if (!advised) {
            // The per-type sync work is not this test's subject: the run stops at a mock, the claim stays.
            AdviceWith.adviceWith(camel, "sync-run", a -> a.weaveById("run-sync-type").replace().to("mock:sync-work"));
            AdviceWith.adviceWith(camel, "sync-trigger", a -> a.weaveAddFirst().to("mock:sync-trigger-input"));
            advised = true;
        }
        MockEndpoint.resetMocks(camel);
    }

    // --- models -----------------------------------------------------------------------------------

    @Test
    void modelsListsTheWholeRegistryWithCounts() {
        JsonNode body = ok(http.get("/api/v2/admin/registry/models", AUTH));

        int external = jdbc.queryForObject("SELECT COUNT(*) FROM unified_model_registry WHERE hosting_type = 'external'", Integer.class);
        assertThat(body.get("external").asInt()).isEqualTo(external).isGreaterThanOrEqualTo(50);
        assertThat(body.get("selfHosted").asInt()).isEqualTo(56);
        assertThat(body.get("total").asInt()).isEqualTo(external + 56).isEqualTo(body.get("models").size());
        JsonNode first = body.get("models").get(0);
        assertThat(first.has("modelId")).isTrue();
        assertThat(first.has("litellmId")).isTrue();
        assertThat(first.get("inputModalities").isArray()).isTrue();
        assertThat(first.has("model_id")).isFalse();
    }

    @Test
    void modelsFilterByHostingTypeCategoryAndStatus() {
        JsonNode selfHosted = ok(http.get("/api/v2/admin/registry/models?hostingType=self_hosted", AUTH));
        assertThat(selfHosted.get("total").asInt()).isEqualTo(56);
        assertThat(selfHosted.get("external").asInt()).isZero();
        selfHosted.get("models").forEach(m -> assertThat(m.get("hostingType").asText()).isEqualTo("self_hosted"));

        JsonNode embeddings = ok(http.get("/api/v2/admin/registry/models?category=embedding&hostingType=external", AUTH));
        assertThat(embeddings.get("total").asInt()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM unified_model_registry WHERE category = 'embedding' AND hosting_type = 'external'",
                Integer.class)).isPositive();
        embeddings.get("models").forEach(m -> assertThat(m.get("category").asText()).isEqualTo("embedding"));

        JsonNode deprecated = ok(http.get("/api/v2/admin/registry/models?status=deprecated", AUTH));
        assertThat(deprecated.get("total").asInt()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM unified_model_registry WHERE deprecated", Integer.class));
        deprecated.get("models").forEach(m -> assertThat(m.get("deprecated").asBoolean()).isTrue());

        JsonNode active = ok(http.get("/api/v2/admin/registry/models?status=active", AUTH));
        assertThat(active.get("total").asInt()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM unified_model_registry WHERE NOT deprecated", Integer.class));
    }

    @Test
    void unknownFilterValuesAre400NamingTheParameter() {
        Http.Answer hosting = http.get("/api/v2/admin/registry/models?hostingType=on_prem", AUTH);
        assertThat(hosting.status()).isEqualTo(400);
        assertThat(hosting.json().get("field").asText()).isEqualTo("hostingType");
        assertThat(hosting.json().get("message").asText()).contains("external, self_hosted");

        Http.Answer status = http.get("/api/v2/admin/registry/models?status=broken", AUTH);
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().get("message").asText()).contains("enabled, disabled, active, deprecated");
    }

    // --- stats ------------------------------------------------------------------------------------

    @Test
    void statsCountTheRegistry() {
        jdbc.update("UPDATE thermal_states SET current_state = 'HOT' WHERE model_id = 'mistral-7b-v0.3'");
        try {
            JsonNode stats = ok(http.get("/api/v2/admin/registry/stats", AUTH));

            Map<String, Object> db = jdbc.queryForMap("SELECT COUNT(*) FILTER (WHERE hosting_type = 'external') e, "
                    + "COUNT(DISTINCT category) c, COUNT(DISTINCT provider_name) p FROM unified_model_registry");
            assertThat(stats.get("externalCount").asLong()).isEqualTo(db.get("e"));
            assertThat(stats.get("selfHostedCount").asInt()).isEqualTo(56);
            assertThat(stats.get("hotCount").asInt()).isEqualTo(1);
            assertThat(stats.get("coldCount").asInt()).isEqualTo(55);
            assertThat(stats.get("categoryCount").asLong()).isEqualTo(db.get("c"));
            assertThat(stats.get("providerCount").asLong()).isEqualTo(db.get("p"));
            for (String key : List.of("healthyCount", "unhealthyCount", "warmCount", "offCount", "deprecatedCount",
                    "transitioningCount")) {
                assertThat(stats.has(key)).as(key).isTrue();
            }
        } finally {
            jdbc.update("UPDATE thermal_states SET current_state = 'COLD' WHERE model_id = 'mistral-7b-v0.3'");
        }
    }

    // --- sync trigger -----------------------------------------------------------------------------

    @Test
    void aSyncTriggerAnswers202AndCallsTheLifecycleWithTypeTriggerAndDispatch() throws Exception {
        MockEndpoint input = camel.getEndpoint("mock:sync-trigger-input", MockEndpoint.class);
        input.expectedMessageCount(1);
        input.expectedVariableReceived("syncType", "health");
        input.expectedVariableReceived("syncTrigger", "api");
        input.expectedVariableReceived("syncDispatch", "local");

        // "dispatch": "lambda" hands the sync to the Lambda function instead (SyncTriggeringTest covers it)
        Http.Answer answer = http.postJson("/api/v2/admin/registry/sync", "{\"syncType\":\"health\",\"dispatch\":\"local\"}",
                AUTH[0], AUTH[1], "syncId", "forged-by-caller", "syncTrigger", "schedule");

        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        JsonNode body = answer.json();
        assertThat(body.get("syncType").asText()).isEqualTo("health");
        assertThat(body.get("message").asText()).isNotBlank();
        String syncId = body.get("syncId").asText();
        assertThat(UUID.fromString(syncId)).isNotNull();
        Map<String, Object> row = jdbc.queryForMap("SELECT sync_type, trigger FROM registry_sync_log WHERE id = ?::uuid", syncId);
        assertThat(row).containsEntry("sync_type", "health").containsEntry("trigger", "api");
        input.assertIsSatisfied();
    }

    @Test
    void anEmptyBodyTriggersAFullSync() {
        Http.Answer answer = http.post("/api/v2/admin/registry/sync", null, null, AUTH);

        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        assertThat(answer.json().get("syncType").asText()).isEqualTo("full");
    }

    @Test
    void aSecondSyncOfARunningTypeIs409WithTheRunningId() {
        String running = jdbc.queryForObject("INSERT INTO registry_sync_log (sync_type, trigger, status) "
                + "VALUES ('pricing', 'schedule', 'running') RETURNING id::text", String.class);

        Http.Answer answer = http.postJson("/api/v2/admin/registry/sync", "{\"syncType\":\"pricing\"}", AUTH);

        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.json().get("error").asText()).isEqualTo("sync_already_running");
        assertThat(answer.json().get("syncId").asText()).isEqualTo(running);
        assertThat(answer.json().get("message").asText()).contains("pricing");
    }

    @Test
    void anUnknownSyncTypeIs400NamingTheAllowedValuesAndStartsNothing() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log", Integer.class);

        Http.Answer answer = http.postJson("/api/v2/admin/registry/sync", "{\"syncType\":\"everything\"}", AUTH);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("field").asText()).isEqualTo("syncType");
        assertThat(answer.json().get("message").asText()).contains("full, health, thermal, pricing");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log", Integer.class)).isEqualTo(before);
    }

    // --- sync history and one sync ----------------------------------------------------------------

    @Test
    void historyListsTheLast50SyncsNewestFirst() {
        for (int i = 0; i < 55; i++) {
            jdbc.update("INSERT INTO registry_sync_log (sync_type, trigger, status, started_at, completed_at, errors) VALUES "
                    + "('health', 'schedule', 'completed', NOW() - make_interval(days => 1, mins => ?), NOW(), "
                    + "ARRAY['openai: timeout'])", i);
        }

        JsonNode history = ok(http.get("/api/v2/admin/registry/sync/history", AUTH));

        assertThat(history.isArray()).isTrue();
        assertThat(history.size()).isEqualTo(50);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i - 1).get("startedAt").asText())
                    .isGreaterThanOrEqualTo(history.get(i).get("startedAt").asText());
        }
        JsonNode oldest = history.get(history.size() - 1);
        assertThat(oldest.get("syncId").asText()).isNotBlank();
        assertThat(oldest.get("errors").get(0).asText()).isEqualTo("openai: timeout");
        assertThat(oldest.get("syncType").asText()).isEqualTo("health");
    }

    @Test
    void oneSyncByIdOr404Or400() {
        String id = jdbc.queryForObject("INSERT INTO registry_sync_log (sync_type, trigger, status, completed_at, models_added, "
                + "details) VALUES ('full', 'api', 'completed', NOW(), 3, '{\"providers\":21}') RETURNING id::text", String.class);

        JsonNode sync = ok(http.get("/api/v2/admin/registry/sync/" + id, AUTH));
        assertThat(sync.get("syncId").asText()).isEqualTo(id);
        assertThat(sync.get("status").asText()).isEqualTo("completed");
        assertThat(sync.get("modelsAdded").asInt()).isEqualTo(3);
        assertThat(sync.get("details").get("providers").asInt()).isEqualTo(21);

        Http.Answer missing = http.get("/api/v2/admin/registry/sync/" + UUID.randomUUID(), AUTH);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("sync_not_found");

        Http.Answer bad = http.get("/api/v2/admin/registry/sync/not-a-uuid", AUTH);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("syncId");
    }

    // --- the auth matrix --------------------------------------------------------------------------

    static Stream<Arguments> adminCalls() {
        return Stream.of(
                Arguments.of("GET", "/api/v2/admin/registry/models"),
                Arguments.of("GET", "/api/v2/admin/registry/models?hostingType=external"),
                Arguments.of("GET", "/api/v2/admin/registry/stats"),
                Arguments.of("GET", "/api/v2/admin/registry/sync/history"),
                Arguments.of("GET", "/api/v2/admin/registry/sync/00000000-0000-4000-8000-000000000000"),
                Arguments.of("POST", "/api/v2/admin/registry/sync"),
                Arguments.of("GET", "/api/v2/admin/registry/unknown"),
                Arguments.of("GET", "/api/v2/admin/registry"),
                Arguments.of("GET", "/api/v2/admin/"));
    }

    @ParameterizedTest(name = "{0} {1} without a token")
    @MethodSource("adminCalls")
    void withoutATokenEveryAdminPathIs401(String method, String path) {
        assertUnauthorized(call(method, path));
    }

    @ParameterizedTest(name = "{0} {1} with a wrong token")
    @MethodSource("adminCalls")
    void withAWrongTokenEveryAdminPathIs401(String method, String path) {
        assertUnauthorized(call(method, path, "Authorization", "Bearer " + TOKEN + "x"));
        assertUnauthorized(call(method, path, "Authorization", "Bearer " + TOKEN.substring(1)));
        assertUnauthorized(call(method, path, "Authorization", TOKEN));
        assertUnauthorized(call(method, path, "Authorization", "Basic " + TOKEN));
        assertUnauthorized(call(method, path, "Authorization", "bearer " + TOKEN.toUpperCase()));
    }

    @Test
    void withTheRightTokenEveryAdminRouteAnswers() {
        assertThat(http.get("/api/v2/admin/registry/models", AUTH).status()).isEqualTo(200);
        assertThat(http.get("/api/v2/admin/registry/models?hostingType=external", AUTH).status()).isEqualTo(200);
        assertThat(http.get("/api/v2/admin/registry/stats", AUTH).status()).isEqualTo(200);
        assertThat(http.get("/api/v2/admin/registry/sync/history", AUTH).status()).isEqualTo(200);
        // authorised, and the route itself answers: that sync does not exist
        Http.Answer unknownSync = http.get("/api/v2/admin/registry/sync/00000000-0000-4000-8000-000000000000", AUTH);
        assertThat(unknownSync.status()).isEqualTo(404);
        assertThat(unknownSync.json().get("error").asText()).isEqualTo("sync_not_found");
        assertThat(http.postJson("/api/v2/admin/registry/sync", "{\"syncType\":\"thermal\"}", AUTH).status()).isEqualTo(202);
        // an unknown admin path is a JSON 404 once authorised
        Http.Answer unknown = http.get("/api/v2/admin/registry/unknown", AUTH);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
    }

    private Http.Answer call(String method, String path, String... headers) {
        return method.equals("POST")
                ? http.postJson(path, "{\"syncType\":\"health\"}", headers)
                : http.get(path, headers);
    }

    private static void assertUnauthorized(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(answer.json().get("message").asText()).isNotBlank().doesNotContain(TOKEN);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static JsonNode ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        return answer.json();
    }
}
