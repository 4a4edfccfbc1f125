package io.radiant.registry.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.RegistryApplication;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances of the service on one database: this test's context (node A) and a second Spring context
 * started here (node B). One trigger — a Quartz firing, or the same sync requested on both nodes at the
 * same moment — gives one sync run.
 */
@TestPropertySource(properties = {"registry.instance-id=node-a", "CLUSTER_TEST_KEY=sk-cluster-test-1234"})
class TwoInstancesTest extends RegistryIntegrationTest {

    // the stand-in's stub is made once, for the second instance that lives across the tests
    @RegisterExtension
    static WireMockExtension providers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).resetOnEachTest(false).build();
    private static ConfigurableApplicationContext nodeB;

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Autowired
    ProducerTemplate producerA;
    @Autowired
    Scheduler schedulerA;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${database.url}")
    String databaseUrl;
    @Value("${database.user}")
    String databaseUser;
    @Value("${database.password}")
    String databasePassword;

    @BeforeEach
    void secondInstanceOnTheSameDatabase() {
        if (nodeB == null) {
            jdbc.update("UPDATE providers SET enabled = false");
            // one slow provider keeps a health sync running long enough for the second request to meet it
            jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                    + "VALUES ('c-slow', 'slow', ?, 'openai-compatible', 'CLUSTER_TEST_KEY')",
                    "http://localhost:" + providers.getPort() + "/c-slow/v1");
            providers.stubFor(get(urlPathEqualTo("/c-slow/v1/models")).willReturn(okJson("{\"data\":[]}").withFixedDelay(1000)));
            nodeB = new SpringApplicationBuilder(RegistryApplication.class).profiles(TEST_PROFILE).run(nodeBArguments());
        }
        jdbc.update("DELETE FROM event_outbox");
    }

    @Test
    void bothNodesJoinOneQuartzClusterAndAFiringRunsOnce() throws Exception {
        Scheduler schedulerB = nodeB.getBean(Scheduler.class);
        assertThat(schedulerB.getSchedulerName()).isEqualTo(schedulerA.getSchedulerName());
        assertThat(schedulerB.getSchedulerInstanceId()).isNotEqualTo(schedulerA.getSchedulerInstanceId());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM qrtz_scheduler_state", Integer.class)).isEqualTo(2));
        int before = healthRuns();

        schedulerA.triggerJob(JobKey.jobKey("health", "registry-sync"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qrtz_fired_triggers", Integer.class)).isZero();
            assertThat(jdbc.queryForList("SELECT status FROM registry_sync_log WHERE sync_type = 'health' "
                    + "AND trigger = 'schedule'", String.class)).containsExactly("completed");
        });
        assertThat(healthRuns()).isEqualTo(before + 1);
    }

    @Test
    void theSameSyncRequestedOnBothNodesAtOnceRunsOnceAndTheOtherIsToldWhichSyncRuns() throws Exception {
        ProducerTemplate producerB = nodeB.getBean(ProducerTemplate.class);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (ProducerTemplate node : List.of(producerA, producerB)) {
                Callable<Object> request = () -> {
                    go.await();
                    try {
                        return SyncRuns.request(node, Map.of("syncType", "health", "syncTrigger", "api"));
                    } catch (CamelExecutionException e) {
                        return e.getCause();
                    }
                };
                answers.add(pool.submit(request));
            }
            go.countDown();
            Object first = answers.get(0).get();
            Object second = answers.get(1).get();

            List<Object> all = List.of(first, second);
            assertThat(all).filteredOn(a -> a instanceof Map).hasSize(1);
            assertThat(all).filteredOn(a -> a instanceof SyncAlreadyRunningException).hasSize(1);
            Map<?, ?> accepted = (Map<?, ?>) all.stream().filter(a -> a instanceof Map).findFirst().orElseThrow();
            SyncAlreadyRunningException refused = (SyncAlreadyRunningException) all.stream()
                    .filter(a -> a instanceof SyncAlreadyRunningException).findFirst().orElseThrow();
            assertThat(refused.runningSyncId()).isEqualTo(accepted.get("syncId"));

            String syncId = (String) accepted.get("syncId");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId)).isEqualTo("completed"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log WHERE sync_type = 'health' "
                    + "AND trigger = 'api'", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncCompleted'",
                    Integer.class)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private int healthRuns() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log WHERE sync_type = 'health'", Integer.class);
    }

    /** Node B: the test profile as node A reads it, node A's database, a name of its own. */
    private String[] nodeBArguments() {
        List<String> args = new ArrayList<>();
        args.add("--" + CLASSPATH_CONFIGURATION_ONLY);
        args.add("--database.url=" + databaseUrl);
        args.add("--database.user=" + databaseUser);
        args.add("--database.password=" + databasePassword);
        args.add("--server.port=0");
        args.add("--registry.instance-id=node-b");
        args.add("--CLUSTER_TEST_KEY=sk-cluster-test-1234");
        return args.toArray(String[]::new);
    }
}
