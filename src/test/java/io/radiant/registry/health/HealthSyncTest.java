package io.radiant.registry.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The health sync against WireMock providers: classification, figures over the sample window, events. */
@TestPropertySource(properties = {
        "HEALTH_TEST_KEY=sk-health-test-4e5f6a",
        "registry.health.slow-threshold-ms=1500",
        "registry.health.timeout-ms=3000"
})
class HealthSyncTest extends RegistryIntegrationTest {

    @RegisterExtension
    static WireMockExtension providers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachAnswerIsClassifiedRecordedAsASampleAndStatusChangesEmitEvents() throws Exception {
        jdbc.update("UPDATE providers SET enabled = false");
        provider("h-ok", "HEALTH_TEST_KEY", "/models");
        provider("h-slow", "HEALTH_TEST_KEY", "/models");
        provider("h-refused-key", "HEALTH_TEST_KEY", "/models");
        provider("h-nokey", "HEALTH_UNSET_KEY", "/models");
        provider("h-limited", "HEALTH_TEST_KEY", "/models");
        provider("h-down", "HEALTH_TEST_KEY", "/status");
        provider("h-timeout", "HEALTH_TEST_KEY", "/models");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                + "VALUES ('h-unreachable', 'h', ?, 'none', 'HEALTH_TEST_KEY')", "http://localhost:" + closedPort + "/v1");

        providers.stubFor(get(urlPathEqualTo("/h-ok/v1/models")).withHeader("Authorization", equalTo("Bearer sk-health-test-4e5f6a"))
                .willReturn(okJson(Fixtures.read("providers/deepseek/models.json"))));
        providers.stubFor(get(urlPathEqualTo("/h-slow/v1/models")).willReturn(okJson("{}").withFixedDelay(2200)));
        providers.stubFor(get(urlPathEqualTo("/h-refused-key/v1/models"))
                .willReturn(aResponse().withStatus(401).withBody(Fixtures.read("errors/openai-401.json"))));
        providers.stubFor(get(urlPathEqualTo("/h-nokey/v1/models")).willReturn(aResponse().withStatus(401)));
        providers.stubFor(get(urlPathEqualTo("/h-limited/v1/models"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "20")));
        providers.stubFor(get(urlPathEqualTo("/h-down/v1/status")).willReturn(aResponse().withStatus(503)));
        providers.stubFor(get(urlPathEqualTo("/h-timeout/v1/models")).willReturn(okJson("{}").withFixedDelay(5000)));

        SyncRuns syncs = new SyncRuns(producer, jdbc);
        Map<String, Object> first = syncs.run("health");

        assertThat(first.get("status")).isEqualTo("completed");
        assertThat(first.get("providers_updated")).isEqualTo(8);
        assertThat(health("h-ok")).containsEntry("status", "healthy").containsEntry("auth_status", "ok");
        assertThat(health("h-slow")).containsEntry("status", "degraded");
        assertThat(health("h-refused-key")).containsEntry("status", "healthy").containsEntry("auth_status", "unauthorized")
                .containsEntry("last_error", "HTTP 401: the API key was refused (check HEALTH_TEST_KEY)");
        assertThat(health("h-nokey")).containsEntry("auth_status", "unauthorized")
                .containsEntry("last_error", "HTTP 401: no API key sent (HEALTH_UNSET_KEY is not set)");
        assertThat(health("h-limited")).containsEntry("status", "degraded");
        assertThat(health("h-down")).containsEntry("status", "unhealthy");
        assertThat(health("h-timeout")).containsEntry("status", "unhealthy").containsEntry("last_error", "no answer within 3000 ms");
        assertThat(health("h-unreachable")).containsEntry("status", "unhealthy").containsEntry("last_error", "connection refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provider_health_samples", Integer.class)).isEqualTo(8);
        assertThat(events()).hasSize(8); // unknown → first status, for each provider
        assertThat(EventSchemas.assertOutboxValid(jdbc, "ProviderHealthChanged", "RegistrySyncCompleted")).isEqualTo(9);
        providers.verify(1, getRequestedFor(urlPathEqualTo("/h-down/v1/status"))); // health checks are not retried
        // a probe carries the provider's headers, none of the sync's own
        for (LoggedRequest request : providers.findAll(anyRequestedFor(anyUrl()))) {
            assertThat(request.getHeaders().keys()).as(request.getUrl())
                    .noneMatch(name -> List.of("syncid", "synctype", "synctrigger", "instanceid")
                            .contains(name.toLowerCase(Locale.ROOT)));
        }
        assertThat((String) first.get("errors")).contains("h-down: unhealthy, HTTP 503: server error")
                .doesNotContain("h-ok:").doesNotContain("sk-health-test");

        // h-down recovers: one change, and its figures now span both samples
        providers.stubFor(get(urlPathEqualTo("/h-down/v1/status")).willReturn(okJson("{}")));
        jdbc.update("DELETE FROM event_outbox");
        syncs.run("health");

        List<Map<String, Object>> changes = events();
        assertThat(changes).hasSize(1);
        assertThat((String) changes.get(0).get("detail")).contains("\"providerId\": \"h-down\"")
                .contains("\"previousStatus\": \"unhealthy\"").contains("\"status\": \"healthy\"");
        Map<String, Object> down = health("h-down");
        assertThat((BigDecimal) down.get("error_rate")).isEqualByComparingTo("50.00");
        assertThat((BigDecimal) down.get("success_rate")).isEqualByComparingTo("50.00");
        assertThat(down.get("p95_latency_ms")).isNotNull();
        assertThat(down.get("p99_latency_ms")).isNotNull();
        assertThat(down.get("avg_latency_ms")).isNotNull();
        Map<String, Object> ok = health("h-ok");
        assertThat((BigDecimal) ok.get("success_rate")).isEqualByComparingTo("100.00");
        assertThat((BigDecimal) ok.get("error_rate")).isEqualByComparingTo("0.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provider_health_samples", Integer.class)).isEqualTo(16);
    }

    private void provider(String id, String keyVariable, String healthPath) {
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env, health_check_path) "
                + "VALUES (?, ?, ?, 'openai-compatible', ?, ?)",
                id, id, "http://localhost:" + providers.getPort() + "/" + id + "/v1", keyVariable, healthPath);
    }

    private Map<String, Object> health(String providerId) {
        return jdbc.queryForMap("SELECT status, auth_status, last_error, avg_latency_ms, p95_latency_ms, p99_latency_ms, "
                + "error_rate, success_rate FROM provider_health WHERE provider_id = ?", providerId);
    }

    private List<Map<String, Object>> events() {
        return jdbc.queryForList("SELECT detail::text AS detail FROM event_outbox WHERE detail_type = 'ProviderHealthChanged'");
    }
}
