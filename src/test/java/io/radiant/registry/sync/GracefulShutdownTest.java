package io.radiant.registry.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.RegistryApplication;
import io.radiant.registry.api.ApiException;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A clean stop (what SIGTERM does: the Spring context closes) of a second instance started here on this
 * test's database: its running syncs finish within the grace period or are closed as failed, it takes no
 * new sync meanwhile, its relay publishes their events on the way out, and no row of it is left running.
 * The stopping instance's relay never polls (interval of an hour), so what EventBridge receives came from
 * the last pass.
 */
@TestPropertySource(properties = {
        "registry.discovery.read-timeout-ms=20000",
        "registry.discovery.max-retries=0",
        "STOP_TEST_KEY=sk-stop-test-8080"
})
class GracefulShutdownTest extends RegistryIntegrationTest {

    @RegisterExtension
    static WireMockExtension providers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    @RegisterExtension
    static WireMockExtension aws = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static {
        System.setProperty("aws.accessKeyId", "test-access-key");
        System.setProperty("aws.secretAccessKey", "test-secret-key");
    }

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${database.url}")
    String databaseUrl;
    @Value("${database.user}")
    String databaseUser;
    @Value("${database.password}")
    String databasePassword;

    @BeforeEach
    void oneSlowProviderAndEventBridge() {
        providers.resetAll();
        aws.resetAll();
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSEvents.PutEvents"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"FailedEntryCount\":0,\"Entries\":[]}")));
        jdbc.update("UPDATE providers SET enabled = false");
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                + "VALUES ('s-slow', 'slow', ?, 'openai-compatible', 'STOP_TEST_KEY') ON CONFLICT (id) DO NOTHING",
                "http://localhost:" + providers.getPort() + "/s-slow/v1");
        jdbc.update("UPDATE providers SET enabled = true WHERE id = 's-slow'");
    }

    @Test
    void aSyncThatCannotFinishInTheGracePeriodIsClosedAsFailedAndItsEventLeavesWithTheInstance() {
        providers.stubFor(get(urlPathEqualTo("/s-slow/v1/models"))
                .willReturn(okJson("{\"data\":[{\"id\":\"s-never\"}]}").withFixedDelay(10_000)));
        ConfigurableApplicationContext node = startInstance("node-stopping", "1s");
        String owner = node.getBean(SyncLeases.class).owner();
        String syncId = new SyncRuns(node.getBean(ProducerTemplate.class), jdbc).trigger("full");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                providers.verify(1, getRequestedFor(urlPathEqualTo("/s-slow/v1/models"))));

        node.close();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log WHERE lease_owner = ? AND status = 'running'",
                Integer.class, owner)).isZero();
        Map<String, Object> row = jdbc.queryForMap("SELECT status, error_message FROM registry_sync_log WHERE id = ?::uuid", syncId);
        assertThat(row.get("status")).isEqualTo("failed");
        assertThat((String) row.get("error_message")).contains("shutdown grace period of 1 s");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncFailed' "
                + "AND sync_id = ?::uuid AND published_at IS NOT NULL", Integer.class, syncId)).isEqualTo(1);
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("RegistrySyncFailed"))
                .withRequestBody(containing(syncId)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE model_id = 's-never'", Integer.class)).isZero();

        // the type is free at once, not after a lease: another instance starts the next full sync
        providers.stubFor(get(urlPathEqualTo("/s-slow/v1/models")).willReturn(okJson("{\"data\":[]}")));
        assertThat(new SyncRuns(producer, jdbc).run("full").get("status")).isEqualTo("completed");
    }

    @Test
    void aSyncThatFinishesInTheGracePeriodCompletesNothingNewStartsAndTheCompletionIsPublishedOnTheWayOut()
            throws Exception {
        providers.stubFor(get(urlPathEqualTo("/s-slow/v1/models"))
                .willReturn(okJson("{\"data\":[{\"id\":\"s-in-time\"}]}").withFixedDelay(2500)));
        ConfigurableApplicationContext node = startInstance("node-draining", "20s");
        SyncLeases leases = node.getBean(SyncLeases.class);
        ProducerTemplate nodeProducer = node.getBean(ProducerTemplate.class);
        String syncId = new SyncRuns(nodeProducer, jdbc).trigger("full");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                providers.verify(1, getRequestedFor(urlPathEqualTo("/s-slow/v1/models"))));

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(node::close);
        await().atMost(Duration.ofSeconds(10)).until(leases::isStopping);
        Throwable refused = catchThrowable(() -> SyncRuns.request(nodeProducer, Map.of("syncType", "health", "syncTrigger", "api")));
        stopping.get(30, TimeUnit.SECONDS);

        assertThat(refused).hasRootCauseInstanceOf(ApiException.class).rootCause().hasMessageContaining("stopping");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log WHERE sync_type = 'health'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId))
                .isEqualTo("completed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE model_id = 's-in-time'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncCompleted' "
                + "AND sync_id = ?::uuid AND published_at IS NOT NULL", Integer.class, syncId)).isEqualTo(1);
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("RegistrySyncCompleted"))
                .withRequestBody(containing(syncId)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log WHERE lease_owner = ? AND status = 'running'",
                Integer.class, leases.owner())).isZero();
    }

    /** A second instance on this test's database, with the test profile and this test's settings as arguments. */
    private ConfigurableApplicationContext startInstance(String instanceId, String gracePeriod) {
        Properties settings = new Properties();
        // the test profile from the classpath only, as every test context reads it (RegistryIntegrationTest)
        settings.put("spring.config.location", "classpath:/");
        settings.put("database.url", databaseUrl);
        settings.put("database.user", databaseUser);
        settings.put("database.password", databasePassword);
        settings.put("server.port", "0");
        settings.put("registry.instance-id", instanceId);
        settings.put("registry.sync.shutdown.grace-period", gracePeriod);
        settings.put("registry.events.relay-enabled", "true");
        settings.put("registry.events.relay-interval-ms", "3600000");
        settings.put("aws.endpoint-url", "http://localhost:" + aws.getPort());
        settings.put("registry.discovery.read-timeout-ms", "20000");
        settings.put("registry.discovery.max-retries", "0");
        settings.put("STOP_TEST_KEY", "sk-stop-test-8080");
        List<String> args = new ArrayList<>();
        settings.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(RegistryApplication.class).profiles("test").run(args.toArray(String[]::new));
    }
}
