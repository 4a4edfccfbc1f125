package io.radiant.registry.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.discovery.Fixtures;
import io.radiant.registry.support.Http;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The registry's metrics as Prometheus sees them: scrape /actuator/prometheus after syncs (one completed,
 * one failed, against a WireMock pricing feed) and selections, with thermal states, provider health,
 * review entries and outbox events set in the database, and compare every figure with the database.
 */
// Spring Boot tests switch metric export off unless asked: this test is about the export.
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "registry.metrics.cache-ttl=500ms")
class MetricsScrapeTest extends RegistryIntegrationTest {

    // started before the context reads its URL, stopped after the class, by WireMock's own JUnit extension
    @RegisterExtension
    static WireMockExtension feed = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void feedUrl(DynamicPropertyRegistry registry) {
        registry.add("registry.pricing.feed-url", () -> "http://localhost:" + feed.getPort() + "/prices.json");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProducerTemplate producer;

    @Test
    void everyRegistryFigureIsExportedWithItsLabelsAndTheDatabaseValue() {
        SyncRuns syncs = new SyncRuns(producer, jdbc);
        feed.stubFor(get(urlPathEqualTo("/prices.json"))
                .willReturn(okJson(Fixtures.read("pricing/litellm-model-prices-sample.json"))));
        assertThat(syncs.run("pricing").get("status")).isEqualTo("completed");
        feed.stubFor(get(urlPathEqualTo("/prices.json")).willReturn(aResponse().withStatus(503)));
        assertThat(syncs.run("pricing").get("status")).isEqualTo("failed");

        Http http = new Http(port);
        String criteria = "{\"task\":\"chat\",\"inputModality\":[\"text\"],\"outputModality\":[\"text\"],\"tenantTier\":3}";
        for (int i = 0; i < 3; i++) {
            assertThat(http.postJson("/api/v2/registry/select", criteria).status()).isEqualTo(200);
        }

        jdbc.update("UPDATE thermal_states SET current_state = 'COLD', is_transitioning = false");
        jdbc.update("UPDATE thermal_states SET current_state = 'HOT' WHERE model_id IN "
                + "(SELECT model_id FROM thermal_states ORDER BY model_id LIMIT 5)");
        jdbc.update("UPDATE thermal_states SET current_state = 'WARM' WHERE model_id IN "
                + "(SELECT model_id FROM thermal_states ORDER BY model_id OFFSET 5 LIMIT 7)");
        jdbc.update("UPDATE thermal_states SET current_state = 'OFF' WHERE model_id IN "
                + "(SELECT model_id FROM thermal_states ORDER BY model_id OFFSET 12 LIMIT 2)");
        jdbc.update("UPDATE self_hosted_models SET deprecated = true WHERE model_id = "
                + "(SELECT model_id FROM self_hosted_models ORDER BY model_id DESC LIMIT 1)");
        jdbc.update("UPDATE models SET enabled = false WHERE model_id = 'gpt-4o'");
        jdbc.update("""
                INSERT INTO provider_health (provider_id, status, avg_latency_ms, p95_latency_ms, p99_latency_ms,
                                             error_rate, success_rate, last_check_at)
                VALUES ('openai', 'degraded', 420, 2350, 4100, 12.5, 87.5, now()),
                       ('anthropic', 'healthy', 310, 480, 650, 0, 100, now())
                ON CONFLICT (provider_id, region) DO UPDATE SET status = EXCLUDED.status,
                    avg_latency_ms = EXCLUDED.avg_latency_ms, p95_latency_ms = EXCLUDED.p95_latency_ms,
                    p99_latency_ms = EXCLUDED.p99_latency_ms""");
        jdbc.update("INSERT INTO model_review_queue (provider_id, model_id, kind, discovered) VALUES "
                + "('openai', 'gpt-9-preview', 'new_model', '{}'), ('mistral', 'mistral-huge', 'new_model', '{}'), "
                + "('cohere', 'command-r', 'deprecation', '{}'), ('openai', '*', 'held_changes', '{}'), "
                + "('mistral', '*', 'mass_discovery', '{}'), ('xai', '*', 'mass_discovery', '{}')");
        jdbc.update("INSERT INTO event_outbox (detail_type, detail, created_at) VALUES "
                + "('RegistrySyncCompleted', '{}', now() - interval '15 minutes')");
        // refused by EventBridge for good: dead, counted apart and not as pending (however old)
        jdbc.update("INSERT INTO event_outbox (detail_type, detail, created_at, attempts, dead_at) VALUES "
                + "('ModelDiscovered', '{}', now() - interval '3 hours', 3, now()), "
                + "('ModelDiscovered', '{}', now() - interval '2 hours', 3, now())");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            Map<String, Double> m = scrape(http);

            assertThat(m).containsEntry("registry_models{hosting_type=\"external\",status=\"active\"}",
                    count("SELECT COUNT(*) FROM models m JOIN providers p ON p.id = m.provider_id "
                            + "WHERE m.enabled AND p.enabled AND NOT m.deprecated"));
            assertThat(m).containsEntry("registry_models{hosting_type=\"external\",status=\"disabled\"}",
                    count("SELECT COUNT(*) FROM models m JOIN providers p ON p.id = m.provider_id "
                            + "WHERE NOT (m.enabled AND p.enabled)")).doesNotContainEntry(
                    "registry_models{hosting_type=\"external\",status=\"disabled\"}", 0.0);
            assertThat(m).containsEntry("registry_models{hosting_type=\"self_hosted\",status=\"active\"}", 55.0)
                    .containsEntry("registry_models{hosting_type=\"self_hosted\",status=\"deprecated\"}", 1.0);

            assertThat(m).containsEntry("registry_thermal_models{state=\"HOT\"}", 5.0)
                    .containsEntry("registry_thermal_models{state=\"WARM\"}", 7.0)
                    .containsEntry("registry_thermal_models{state=\"OFF\"}", 2.0)
                    .containsEntry("registry_thermal_models{state=\"COLD\"}", 42.0);

            assertThat(m).containsEntry("registry_provider_health{provider=\"openai\",status=\"degraded\"}", 1.0)
                    .containsEntry("registry_provider_health{provider=\"openai\",status=\"healthy\"}", 0.0)
                    .containsEntry("registry_provider_health{provider=\"anthropic\",status=\"healthy\"}", 1.0)
                    .containsEntry("registry_provider_health{provider=\"mistral\",status=\"unknown\"}", 1.0);
            assertThat(m.keySet().stream().filter(k -> k.startsWith("registry_provider_health{")).count())
                    .isEqualTo(4 * count("SELECT COUNT(*) FROM providers").longValue());
            assertThat(m).containsEntry("registry_provider_latency_ms{provider=\"openai\",stat=\"avg\"}", 420.0)
                    .containsEntry("registry_provider_latency_ms{provider=\"openai\",stat=\"p95\"}", 2350.0)
                    .containsEntry("registry_provider_latency_ms{provider=\"openai\",stat=\"p99\"}", 4100.0)
                    .doesNotContainKey("registry_provider_latency_ms{provider=\"mistral\",stat=\"avg\"}");

            assertThat(m).containsEntry("registry_sync_duration_seconds_count{status=\"completed\",type=\"pricing\"}", 1.0)
                    .containsEntry("registry_sync_duration_seconds_count{status=\"failed\",type=\"pricing\"}", 1.0)
                    .containsEntry("registry_sync_duration_seconds_count{status=\"completed\",type=\"full\"}", 0.0);
            assertThat(m.get("registry_sync_duration_seconds_sum{status=\"completed\",type=\"pricing\"}")).isPositive();
            assertThat(m.get("registry_sync_last_success_timestamp_seconds{type=\"pricing\"}")).isCloseTo(
                    count("SELECT EXTRACT(EPOCH FROM completed_at) FROM registry_sync_log "
                            + "WHERE sync_type = 'pricing' AND status = 'completed'"), org.assertj.core.data.Offset.offset(0.01));
            assertThat(m).containsEntry("registry_sync_last_success_timestamp_seconds{type=\"full\"}", 0.0);

            assertThat(m).containsEntry("registry_outbox_pending",
                    count("SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL AND dead_at IS NULL"));
            assertThat(m).containsEntry("registry_outbox_dead", 2.0);
            assertThat(m.get("registry_review_pending{kind=\"held_changes\"}")).isGreaterThanOrEqualTo(2.0);
            assertThat(m.get("registry_outbox_pending")).isGreaterThanOrEqualTo(3.0);
            assertThat(m.get("registry_outbox_oldest_pending_age_seconds")).isBetween(900.0, 1000.0);

            assertThat(m).containsEntry("registry_review_pending{kind=\"new_model\"}", 2.0)
                    .containsEntry("registry_review_pending{kind=\"deprecation\"}", 1.0)
                    .containsEntry("registry_review_pending{kind=\"held_changes\"}",
                            count("SELECT COUNT(*) FROM model_review_queue WHERE status = 'pending' AND kind = 'held_changes'"))
                    .containsEntry("registry_review_pending{kind=\"mass_discovery\"}", 2.0)
                    .containsEntry("registry_review_pending{kind=\"price_change\"}",
                            count("SELECT COUNT(*) FROM model_review_queue WHERE status = 'pending' AND kind = 'price_change'"));
        });
        String text = http.get("/actuator/prometheus").body();
        assertThat(text).contains("# TYPE registry_models gauge", "# TYPE registry_provider_latency_ms gauge",
                "# TYPE registry_sync_duration_seconds summary", "# TYPE registry_outbox_pending gauge");
        assertThat(dashboardAndAlertMetricNames()).isNotEmpty().allSatisfy(name ->
                assertThat(text).as("docs/observability uses " + name).containsPattern("(?m)^" + name + "[{ ]"));
    }

    /**
     * Every registry_* series the Grafana dashboard and the alert rules query, so a renamed metric cannot
     * leave them silently empty. registry_selections_total belongs to the selection engine and is counted
     * only once a selection was counted, so it is left out here.
     */
    private static java.util.Set<String> dashboardAndAlertMetricNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String file : List.of("docs/observability/grafana-dashboard.json", "docs/observability/alerts.yaml")) {
            try {
                Matcher m = Pattern.compile("registry_[a-z_]+").matcher(java.nio.file.Files.readString(java.nio.file.Path.of(file)));
                while (m.find()) {
                    names.add(m.group());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        names.remove("registry_selections_total");
        return names;
    }

    private Double count(String sql) {
        return jdbc.queryForObject(sql, Double.class);
    }

    private static final Pattern SAMPLE = Pattern.compile("^(registry_[a-z_]+(?:\\{[^}]*})?) (\\S+)$");

    /** The registry_* samples of one scrape, keyed by name and labels as Prometheus writes them. */
    private static Map<String, Double> scrape(Http http) {
        Http.Answer answer = http.get("/actuator/prometheus");
        assertThat(answer.status()).isEqualTo(200);
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : List.of(answer.body().split("\n"))) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches()) {
                samples.put(m.group(1), Double.parseDouble(m.group(2)));
            }
        }
        return samples;
    }
}
