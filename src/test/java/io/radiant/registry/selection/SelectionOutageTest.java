package io.radiant.registry.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.radiant.registry.support.Http;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import io.radiant.registry.support.RegistryIntegrationTest;

/**
 * Selection through a database outage and after it. The service runs on an embedded PostgreSQL of this
 * test's own (never the machine's shared server), which the test stops and starts again on the same data
 * directory and port.
 */
@CamelSpringBootTest
@SpringBootTest(classes = io.radiant.registry.RegistryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = {RegistryIntegrationTest.CLASSPATH_CONFIGURATION_ONLY,
        "registry.admin-token=" + SelectionOutageTest.TOKEN})
class SelectionOutageTest {

    /** Readiness shows its components (the selection details) to the admin only. */
    static final String TOKEN = "outage-test-admin-token-58";

    static Path dataDirectory;
    static int databasePort;
    static EmbeddedPostgres database;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownDatabaseServer(DynamicPropertyRegistry registry) throws IOException {
        dataDirectory = Files.createTempDirectory("selection-outage-pg");
        try (ServerSocket free = new ServerSocket(0)) {
            databasePort = free.getLocalPort();
        }
        startDatabase();
        registry.add("database.url", () -> "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres");
        registry.add("database.user", () -> "postgres");
        registry.add("database.password", () -> "");
    }

    static void startDatabase() throws IOException {
        database = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(databasePort).start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void selectionAnswersFromItsDataThroughAnOutageAndCatchesUpAfterIt() throws IOException {
        Http http = new Http(port);
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url) VALUES ('outage', 'Outage', 'https://o.test/v1')");
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES ('outage', 'healthy', 100)");
        jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                + "input_modalities, output_modalities) VALUES ('outage', 'outage-ext', 'outage-ext', 'e', 'E', 'llm', "
                + "ARRAY['chat', 'cap_before', 'cap_during'], '{text}', '{text}')");
        selfHosted("outage-cold-before", "cap_before");
        selfHosted("outage-cold-during", "cap_during");
        awaitFresh();

        JsonNode before = select(http, "cap_before");
        assertThat(before.get("modelId").asText()).isEqualTo("outage-ext");
        assertThat(before.get("warmingModelId").asText()).isEqualTo("outage-cold-before");
        awaitWarmupRecorded("outage-cold-before");
        awaitFresh();
        JsonNode lastBefore = select(http, "cap_before");

        database.close();
        await().atMost(Duration.ofSeconds(15)).until(() -> "DOWN".equals(selectionHealth(http).path("database").asText()));

        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            JsonNode during = select(http, "cap_before");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(during.get("modelId").asText()).isEqualTo("outage-ext");
            assertThat(during.get("registryAsOf").asText()).as("answers say how old their data is")
                    .isEqualTo(lastBefore.get("registryAsOf").asText());
        }
        // a warm-up asked for during the outage is kept...
        JsonNode coldDuring = select(http, "cap_during");
        assertThat(coldDuring.get("warmingModelId").asText()).isEqualTo("outage-cold-during");
        Http.Answer readiness = http.get("/actuator/health/readiness", "Authorization", "Bearer " + TOKEN);
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/selection/details/database").asText()).isEqualTo("DOWN");
        await().atMost(Duration.ofSeconds(10)).until(() -> selectionHealth(http).path("pendingWarmups").asInt() == 1);

        startDatabase();

        // ...and written once the database is back; fresh data flows again
        await().atMost(Duration.ofSeconds(30)).until(() -> "UP".equals(selectionHealth(http).path("database").asText()));
        awaitWarmupRecorded("outage-cold-during");
        jdbc.update("UPDATE thermal_states SET current_state = 'HOT', target_state = NULL, is_transitioning = false "
                + "WHERE model_id = 'outage-cold-before'");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(select(http, "cap_before").get("modelId").asText()).isEqualTo("outage-cold-before"));
        assertThat(selectionHealth(http).path("pendingWarmups").asInt()).isZero();
    }

    private JsonNode select(Http http, String capability) {
        Http.Answer a = http.postJson("/api/v2/registry/select", "{\"task\":\"chat\",\"inputModality\":[\"text\"],"
                + "\"outputModality\":[\"text\"],\"tenantTier\":3,\"requiredCapabilities\":[\"" + capability + "\"]}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private JsonNode selectionHealth(Http http) {
        return http.get("/actuator/health/readiness", "Authorization", "Bearer " + TOKEN).json().at("/components/selection/details");
    }

    private void selfHosted(String id, String capability) {
        jdbc.update("INSERT INTO self_hosted_models (model_id, name, display_name, category, specialty, capabilities, "
                + "input_modalities, output_modalities, primary_mode, sagemaker_image, instance_type, gpu_memory_gb, license, "
                + "hourly_rate, min_tier) VALUES (?, ?, ?, 'llm', 'chat', ARRAY['chat', ?], '{text}', '{text}', 'chat', "
                + "'img', 'ml.g5.2xlarge', 16, 'MIT', 2.0, 1)", id, id, id, capability);
        jdbc.update("INSERT INTO thermal_states (model_id, current_state) VALUES (?, 'COLD')", id);
    }

    private void awaitWarmupRecorded(String modelId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> t = jdbc.queryForMap(
                    "SELECT target_state, warmup_requested_at FROM thermal_states WHERE model_id = ?", modelId);
            assertThat(t.get("target_state")).isEqualTo("WARM");
            assertThat(t.get("warmup_requested_at")).isNotNull();
        });
    }

    private void awaitFresh() {
        Instant committed = jdbc.queryForObject("SELECT now()", OffsetDateTime.class).toInstant();
        jdbc.execute("NOTIFY registry_selection");
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            String asOf = new Http(port).get("/actuator/health/readiness", "Authorization", "Bearer " + TOKEN).json()
                    .at("/components/selection/details/registryAsOf").asText();
            return !asOf.isEmpty() && !Instant.parse(asOf).isBefore(committed);
        });
    }
}
