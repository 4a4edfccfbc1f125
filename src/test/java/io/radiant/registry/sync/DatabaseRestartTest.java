package io.radiant.registry.sync;

import io.radiant.registry.support.RegistryIntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.support.SyncRuns;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The database goes away mid-sync and comes back: the sync fails without writing half a diff, its row is
 * closed once the database is back (its lease ran out while nothing could renew it), and the schedules go on.
 * This class has a PostgreSQL server of its own (embedded, same data directory and port across the restart),
 * never the shared one, since it stops it.
 */
@CamelSpringBootTest
@SpringBootTest(classes = io.radiant.registry.RegistryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = {
        RegistryIntegrationTest.CLASSPATH_CONFIGURATION_ONLY,
        "registry.sync.lease.duration=3s",
        "registry.sync.lease.heartbeat-interval=500ms",
        "registry.sync.lease.check-interval=500ms",
        "registry.discovery.read-timeout-ms=20000",
        "registry.discovery.max-retries=0",
        "DB_GONE_TEST_KEY=sk-db-gone-test-4242"
})
class DatabaseRestartTest {

    private static final Path DATA;
    private static final int PORT;
    private static EmbeddedPostgres postgres;
    @RegisterExtension
    static WireMockExtension providers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static {
        try {
            DATA = Files.createTempDirectory("registry-db-restart");
            try (ServerSocket free = new ServerSocket(0)) {
                PORT = free.getLocalPort();
            }
            startPostgres();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("database.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
        registry.add("database.user", () -> "postgres");
        registry.add("database.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        // the context is closed after this class (DirtiesContext); keep the server until the JVM ends so its
        // shutdown does not meet a missing database, then let the shutdown hook remove it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
                FileSystemUtils.deleteRecursively(DATA);
            } catch (IOException ignored) {
                // exiting anyway; a leftover temporary directory is harmless
            }
        }));
    }

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;
    @Autowired
    SyncLeases leases;

    @Test
    void aSyncThatLosesTheDatabaseFailsWithoutAHalfDiffIsClosedWhenItIsBackAndTheSchedulesGoOn() throws Exception {
        jdbc.update("UPDATE providers SET enabled = false");
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                + "VALUES ('d-gone', 'db gone', ?, 'openai-compatible', 'DB_GONE_TEST_KEY')",
                "http://localhost:" + providers.getPort() + "/d-gone/v1");
        providers.stubFor(get(urlPathEqualTo("/d-gone/v1/models"))
                .willReturn(okJson("{\"data\":[{\"id\":\"d-one\"},{\"id\":\"d-two\"}]}").withFixedDelay(2000)));

        String syncId = new SyncRuns(producer, jdbc).trigger("full");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                providers.verify(1, getRequestedFor(urlPathEqualTo("/d-gone/v1/models"))));
        postgres.close();
        // the provider answers, the diff and then the sync's own end meet no database: the sync gives up
        await().atMost(Duration.ofSeconds(60)).until(() -> !leases.running().contains(syncId));
        startPostgres();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId))
                        .isEqualTo("failed"));
        assertThat(jdbc.queryForObject("SELECT error_message FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId))
                .contains("lease expired");
        assertThat(reviewRows()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncFailed' "
                + "AND sync_id = ?::uuid", Integer.class, syncId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncCompleted' "
                + "AND sync_id = ?::uuid", Integer.class, syncId)).isZero();

        // the schedule still fires and its sync writes the whole diff
        providers.stubFor(get(urlPathEqualTo("/d-gone/v1/models"))
                .willReturn(okJson("{\"data\":[{\"id\":\"d-one\"},{\"id\":\"d-two\"}]}")));
        scheduler.triggerJob(JobKey.jobKey("full", "registry-sync"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT status FROM registry_sync_log WHERE sync_type = 'full' AND trigger = 'schedule'", String.class))
                .containsExactly("completed"));
        assertThat(reviewRows()).isEqualTo(2);
    }

    private int reviewRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 'd-gone'", Integer.class);
    }

    private static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(DATA)
                .setCleanDataDirectory(false)
                .setPort(PORT)
                .start();
    }
}
