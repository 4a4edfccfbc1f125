package io.radiant.registry.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.support.CapturedLogs;
import io.radiant.registry.support.HostileUpstream;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SelectionProbe;
import io.radiant.registry.support.SyncRuns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Upstreams that misbehave at the socket ({@link HostileUpstream}: a gzip bomb, an endless chunked list, a slow
 * drip, a list that pages for ever, a signed feed URL, a recorder of request headers) against the whole service
 * with short limits: a 1 MB cap, a 3 s call deadline, 6 s sync deadlines. Each attack asserts that the service
 * stays up, selection keeps answering while it runs, the sync ends by its deadline, and nothing outside the
 * limit changed while the sync's details say what was refused and why.
 */
@TestPropertySource(properties = {
        "ATTACK_KEY=sk-attack-key-5f6e7d8c9b",
        "registry.admin-token=" + UpstreamAttacksTest.ADMIN_TOKEN,
        "registry.upstream.read.max-body-bytes=1MB",
        "registry.upstream.read.call-deadline=3s",
        "registry.upstream.read.full-sync-deadline=6s",
        "registry.upstream.read.health-sync-deadline=6s",
        "registry.upstream.read.pricing-sync-deadline=6s",
        // socket timeouts longer than the drip's pauses: only the deadline can end a drip
        "registry.discovery.read-timeout-ms=5000",
        "registry.health.timeout-ms=5000",
        "registry.pricing.timeout-ms=5000",
        "logging.level.org.apache.camel=INFO"
})
class UpstreamAttacksTest extends RegistryIntegrationTest {

    static final String ADMIN_TOKEN = "upstream-attacks-admin-token-77";
    /**
     * A sync ends by its deadline (6 s) plus what closing it takes on a loaded machine; far below what an unbounded
     * read takes (minutes, or never).
     */
    static final Duration SYNC_END = Duration.ofSeconds(15);
    static final String SIG = "SIGsecret0a1b2c3d4e5f";
    static final String AMZ_SIG = "AMZsig9f8e7d6c5b4a3210";
    static final String LITELLM_PATH = "/feeds/litellm.json";
    static final String OPENROUTER_PATH = "/feeds/openrouter.json";
    static final String UNMATCHED_OPENROUTER = "{\"data\":[{\"id\":\"acme-labs/unheard-of-model\",\"name\":\"Unheard\","
            + "\"context_length\":8000,\"pricing\":{\"prompt\":\"0.000001\",\"completion\":\"0.000002\"}}]}";
    static final ObjectMapper JSON = new ObjectMapper();

    static final HostileUpstream upstream = HostileUpstream.start();

    @DynamicPropertySource
    static void feeds(DynamicPropertyRegistry registry) {
        registry.add("registry.pricing.feed-url",
                () -> upstream.url(LITELLM_PATH + "?sig=" + SIG + "&X-Amz-Signature=" + AMZ_SIG + "&X-Amz-Expires=300"));
        registry.add("registry.pricing.openrouter-feed-url", () -> upstream.url(OPENROUTER_PATH));
    }

    @AfterAll
    static void stop() {
        upstream.close();
    }

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    SyncRuns syncs;

    @BeforeEach
    void onlyThisTestsProviders() {
        syncs = new SyncRuns(producer, jdbc);
        jdbc.update("UPDATE providers SET enabled = false");
        upstream.on(OPENROUTER_PATH, HostileUpstream.json(UNMATCHED_OPENROUTER));
    }

    @Test
    void aGzipBombListStopsAtTheCapAndTheOtherProvidersSync() {
        provider("bomb-list", "openai-compatible", null);
        provider("calm-list", "openai-compatible", null);
        curated("bomb-list", "bomb-model-a");
        curated("bomb-list", "bomb-model-b");
        upstream.on("/bomb-list/v1/models", HostileUpstream.gzipBomb("{\"data\":[", 1L << 30));
        upstream.on("/calm-list/v1/models", HostileUpstream.json("{\"data\":[{\"id\":\"calm-1\"},{\"id\":\"calm-2\"}]}"));
        List<String> catalogBefore = catalog();

        Map<String, Object> log = attack("full");

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat((String) log.get("errors")).contains(
                "bomb-list: answer larger than 1 MB after decompression (registry.upstream.read.max-body-bytes)");
        JsonNode providers = details(log).path("providers");
        assertThat(providers.path("bomb-list").toString()).contains("answer larger than 1 MB");
        assertThat(newModelReviews("calm-list")).containsExactlyInAnyOrder("calm-1", "calm-2");
        assertThat(catalog()).isEqualTo(catalogBefore);
        // the reader hung up near the cap: a gigabyte inflated is about a megabyte compressed, barely started
        assertThat(upstream.bytesSent()).isLessThan(10L << 20);
    }

    @Test
    void aGzipBombFeedFailsThatFeedAloneAndTheOtherFeedIsApplied() {
        upstream.on(LITELLM_PATH, HostileUpstream.gzipBomb("{\"gpt-4o\":{", 1L << 30));
        List<String> catalogBefore = catalog();

        Map<String, Object> log = attack("pricing");

        assertThat(log.get("status")).isEqualTo("completed");
        JsonNode feeds = details(log).path("feeds");
        assertThat(feeds.path("litellm").path("failed").asText())
                .isEqualTo("answer larger than 1 MB after decompression (registry.upstream.read.max-body-bytes)");
        assertThat(feeds.path("openrouter").path("entriesRead").asInt()).isEqualTo(1);
        assertThat((String) log.get("errors")).contains("litellm: answer larger than 1 MB");
        assertThat(catalog()).isEqualTo(catalogBefore);
    }

    @Test
    void anEndlessChunkedListEndsAtTheCallDeadlineAndTheTypeIsFreeAgain() {
        provider("endless-list", "openai-compatible", null);
        provider("calm-list2", "openai-compatible", null);
        curated("endless-list", "endless-model-a");
        upstream.on("/endless-list/v1/models", HostileUpstream.endlessChunkedList(20));
        upstream.on("/calm-list2/v1/models", HostileUpstream.json("{\"data\":[{\"id\":\"calm2-1\"}]}"));
        List<String> catalogBefore = catalog();

        Map<String, Object> log = attack("full");

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat((String) log.get("errors"))
                .contains("endless-list: no complete answer within 3s (registry.upstream.read.call-deadline)");
        assertThat(newModelReviews("calm-list2")).containsExactly("calm2-1");
        assertThat(catalog()).isEqualTo(catalogBefore);
        // the type is free: the next full sync is accepted and runs
        jdbc.update("UPDATE providers SET enabled = false WHERE id = 'endless-list'");
        assertThat(syncs.run("full").get("status")).isEqualTo("completed");
    }

    @Test
    void aSlowDripEndsAtTheCallDeadlineForAListAndForAHealthProbe() {
        provider("drip", "openai-compatible", null);
        provider("steady", "openai-compatible", null);
        curated("drip", "drip-model-a");
        upstream.on("/drip/v1/models", HostileUpstream.slowDrip("{\"data\":[{\"id\":\"drip-model-a\"}]}", 2000));
        upstream.on("/steady/v1/models", HostileUpstream.json("{\"data\":[{\"id\":\"steady-1\"}]}"));
        List<String> catalogBefore = catalog();

        Map<String, Object> full = attack("full");

        assertThat(full.get("status")).isEqualTo("completed");
        assertThat((String) full.get("errors"))
                .contains("drip: no complete answer within 3s (registry.upstream.read.call-deadline)");
        assertThat(catalog()).isEqualTo(catalogBefore);

        Map<String, Object> health = attack("health");

        assertThat(health.get("status")).isEqualTo("completed");
        assertThat(jdbc.queryForMap("SELECT status, last_error FROM provider_health WHERE provider_id = 'drip'"))
                .containsEntry("status", "unhealthy")
                .containsEntry("last_error", "no complete answer within 3s (registry.upstream.read.call-deadline)");
        assertThat(jdbc.queryForObject("SELECT status FROM provider_health WHERE provider_id = 'steady'", String.class))
                .isEqualTo("healthy");
        assertThat(details(health).path("providers").path("drip").path("error").asText())
                .contains("no complete answer within 3s");
    }

    @Test
    void aListThatPagesForeverEndsAtTheSyncDeadline() {
        // every page takes ~1.5 s (under the call deadline) and says there is another: only the sync's deadline ends it
        provider("pages-forever", "anthropic", null);
        curated("pages-forever", "forever-model-a");
        AtomicInteger pages = new AtomicInteger();
        upstream.on("/pages-forever/v1/models", out -> {
            int n = pages.incrementAndGet();
            String page = "{\"data\":[{\"type\":\"model\",\"id\":\"forever-" + n + "\"}],\"has_more\":true,"
                    + "\"last_id\":\"forever-" + n + "\"}";
            HostileUpstream.slowDrip(page, 1500 / page.length()).write(out);
        });
        List<String> catalogBefore = catalog();

        Map<String, Object> log = attack("full");

        assertThat(log.get("status")).isEqualTo("completed");
        assertThat((String) log.get("errors")).contains(
                "pages-forever: the full sync's deadline of 6s passed (registry.upstream.read.full-sync-deadline)");
        assertThat(catalog()).isEqualTo(catalogBefore);
        assertThat(upstream.requestsTo("/pages-forever/v1/models")).hasSizeBetween(2, 6);
    }

    @Test
    void aSignedFeedUrlLeaksIntoNeitherTheSyncHistoryNorEventsNorTheLog() {
        jdbc.update("DELETE FROM event_outbox");
        CapturedLogs logs = CapturedLogs.start();
        Map<String, Object> oneFailed;
        Map<String, Object> bothFailed;
        try (logs) {
            // the feed answers an error whose text quotes the signed URL back
            upstream.on(LITELLM_PATH, HostileUpstream.status(403, "{\"error\":\"signature expired for "
                    + upstream.url(LITELLM_PATH + "?sig=" + SIG + "&X-Amz-Signature=" + AMZ_SIG) + "\"}"));
            oneFailed = attack("pricing");
            upstream.on(OPENROUTER_PATH, HostileUpstream.status(500, "{}"));
            bothFailed = attack("pricing");
        }

        // the signed URL was really used …
        assertThat(upstream.requestsTo(LITELLM_PATH)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.query()).contains("sig=" + SIG).contains("X-Amz-Signature=" + AMZ_SIG));
        assertThat(oneFailed.get("status")).isEqualTo("completed");
        assertThat(details(oneFailed).path("feeds").path("litellm").path("failed").asText()).isEqualTo("HTTP 403");
        assertThat(bothFailed.get("status")).isEqualTo("failed");
        assertThat((String) bothFailed.get("error_message")).contains("litellm: HTTP 403").contains("openrouter: HTTP 500");
        // … and its signature is nowhere
        List<String> stored = new ArrayList<>();
        stored.addAll(jdbc.queryForList("SELECT row_to_json(l)::text FROM registry_sync_log l", String.class));
        stored.addAll(jdbc.queryForList("SELECT row_to_json(e)::text FROM event_outbox e", String.class));
        assertThat(stored).anyMatch(row -> row.contains("RegistrySyncFailed"));
        for (String row : stored) {
            assertThat(row).doesNotContain(SIG).doesNotContain(AMZ_SIG);
        }
        assertThat(logs.events()).anyMatch(e -> e.getFormattedMessage().contains("litellm: HTTP 403"));
        for (ILoggingEvent event : logs.events()) {
            String text = event.getFormattedMessage() + " " + event.getMDCPropertyMap()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(text).as(event.getLoggerName()).doesNotContain(SIG).doesNotContain(AMZ_SIG);
        }
    }

    @Test
    void onlyAllowListedHeadersReachProvidersAndFeeds() {
        provider("headers", "openai-compatible", "{\"Acme-Version\": \"2026-01-01\"}");
        upstream.on("/headers/v1/models", HostileUpstream.json("{\"data\":[{\"id\":\"headers-1\"}]}"));
        upstream.on(LITELLM_PATH, HostileUpstream.json("{}"));

        attack("full");
        attack("health");
        attack("pricing");

        // what HttpClient itself must send (host, connection, accept-encoding), and the allow-list
        Set<String> allowed = Set.of("host", "connection", "accept-encoding", "user-agent", "accept",
                "authorization", "acme-version");
        List<HostileUpstream.Request> calls = new ArrayList<>(upstream.requestsTo("/headers/v1/models"));
        assertThat(calls).hasSizeGreaterThanOrEqualTo(2); // the list and the probe
        for (HostileUpstream.Request call : calls) {
            assertThat(call.headers()).containsEntry("authorization", "Bearer sk-attack-key-5f6e7d8c9b")
                    .containsEntry("acme-version", "2026-01-01");
            assertThat(call.headers().keySet()).as(call.path()).isSubsetOf(allowed);
        }
        List<HostileUpstream.Request> feedCalls = new ArrayList<>(upstream.requestsTo(LITELLM_PATH));
        feedCalls.addAll(upstream.requestsTo(OPENROUTER_PATH));
        assertThat(feedCalls).isNotEmpty();
        for (HostileUpstream.Request call : feedCalls) {
            assertThat(call.headers().keySet()).as(call.path())
                    .isSubsetOf(Set.of("host", "connection", "accept-encoding", "user-agent", "accept"));
        }
    }

    @Test
    void healthDetailsAreShownOnlyWithTheAdminToken() {
        Http http = new Http(port);
        for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
            Http.Answer anonymous = http.get(path);
            assertThat(anonymous.json().has("status")).as(path).isTrue();
            assertThat(anonymous.body()).as(path).doesNotContain("components").doesNotContain("details");
            Http.Answer wrongToken = http.get(path, "Authorization", "Bearer not-the-token-at-all");
            assertThat(wrongToken.status()).as(path).isEqualTo(anonymous.status());
            assertThat(wrongToken.body()).as(path).doesNotContain("components");
            Http.Answer admin = http.get(path, "Authorization", "Bearer " + ADMIN_TOKEN);
            assertThat(admin.json().has("components")).as(path + ": " + admin.body()).isTrue();
        }
        assertThat(http.get("/actuator/health", "Authorization", "Bearer " + ADMIN_TOKEN).json()
                .path("components").has("db")).isTrue();
    }

    @Test
    void outOfRangeNumbersInSelectionCriteriaAre400NamingTheField() {
        Http http = new Http(port);
        String chat = "\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"]";
        Map<String, String> cases = Map.of(
                "maxCostPerRequest", "{" + chat + ",\"tenantTier\":3,\"maxCostPerRequest\":1e400}",
                "maxLatencyMs", "{" + chat + ",\"tenantTier\":3,\"maxLatencyMs\":99999999999999999999}",
                "tenantTier", "{" + chat + ",\"tenantTier\":-1}",
                "minContextWindow", "{" + chat + ",\"tenantTier\":3,\"minContextWindow\":1e30}");
        cases.forEach((field, body) -> {
            for (String path : List.of("/api/v2/registry/select", "/api/v2/registry/select/explain")) {
                Http.Answer answer = http.postJson(path, body);
                assertThat(answer.status()).as(field + " " + path + ": " + answer.body()).isEqualTo(400);
                assertThat(answer.json().path("message").asText()).as(field).contains(field);
            }
        });
    }

    // ---- the four assertions of every attack -----------------------------------------------------------------

    /** Runs a sync of {@code type} while selection is probed; asserts service up, selection answered, deadline kept. */
    private Map<String, Object> attack(String type) {
        return attack(() -> syncs.run(type));
    }

    private Map<String, Object> attack(Supplier<Map<String, Object>> sync) {
        SelectionProbe.ProbedSync run = SelectionProbe.during(port, sync);
        assertThat(run.took()).as("the sync ends by its deadline").isLessThan(SYNC_END);
        Map<String, Object> log = run.log();
        assertThat(new Http(port).get("/actuator/health/liveness").status()).as("the service is up").isEqualTo(200);
        return log;
    }

    // ---- data of these tests ------------------------------------------------------------------------------------

    private void provider(String id, String kind, String extraHeaders) {
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env, health_check_path, "
                        + "extra_headers, enabled) VALUES (?, ?, ?, ?, 'ATTACK_KEY', '/models', CAST(? AS jsonb), true)",
                id, id, upstream.url("/" + id + "/v1"), kind, extraHeaders == null ? "{}" : extraHeaders);
    }

    private void curated(String providerId, String modelId) {
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category) "
                + "VALUES (?, ?, ?, ?, ?, 'llm')", providerId, modelId, modelId, modelId, modelId);
    }

    /** Every catalog model's selectable state and lifecycle values, to compare before and after an attack. */
    private List<String> catalog() {
        return jdbc.queryForList("SELECT provider_id || '/' || model_id || ' ' || enabled || ' ' || deprecated || ' ' "
                + "|| coalesce(CAST(deprecation_date AS text), '-') || ' ' || coalesce(CAST(retirement_date AS text), '-') "
                + "|| ' ' || coalesce(CAST(input_cost_per_1k AS text), '-') || ' ' || coalesce(CAST(output_cost_per_1k AS text), '-') "
                + "FROM models ORDER BY 1", String.class);
    }

    private List<String> newModelReviews(String providerId) {
        return jdbc.queryForList("SELECT model_id FROM model_review_queue WHERE provider_id = ? AND kind = 'new_model'",
                String.class, providerId);
    }

    private static JsonNode details(Map<String, Object> log) {
        try {
            return JSON.readTree((String) log.get("details"));
        } catch (Exception e) {
            throw new AssertionError("details are not JSON: " + log.get("details"), e);
        }
    }
}
