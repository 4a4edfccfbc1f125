package io.radiant.registry.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Leases of running syncs, black box: a row whose instance stopped beating is closed as failed within the
 * lease and its type runs again; a live sync that runs for several leases is never closed. A lease of 2 s
 * (beats every 300 ms) stands for the default 30 s (beats every 5 s).
 */
@TestPropertySource(properties = {
        "registry.sync.lease.duration=2s",
        "registry.sync.lease.heartbeat-interval=300ms",
        "registry.sync.lease.check-interval=300ms",
        "registry.discovery.read-timeout-ms=20000",
        "registry.discovery.max-retries=0",
        "LEASE_TEST_KEY=sk-lease-test-5150"
})
class SyncLeaseTest extends RegistryIntegrationTest {

    private static final long LEASE_MS = 2000;
    private static final long CHECK_MS = 300;

    @RegisterExtension
    static WireMockExtension providers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Autowired
    SyncLeases leases;

    @BeforeEach
    void oneSlowProvider() {
        providers.resetAll();
        jdbc.update("UPDATE providers SET enabled = false");
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, discovery_kind, api_key_env) "
                + "VALUES ('l-slow', 'slow', ?, 'openai-compatible', 'LEASE_TEST_KEY') ON CONFLICT (id) DO NOTHING",
                "http://localhost:" + providers.getPort() + "/l-slow/v1");
        jdbc.update("UPDATE providers SET enabled = true WHERE id = 'l-slow'");
    }

    @Test
    void aRowWhoseInstanceDiedIsClosedAsFailedWithinTheLeaseAndItsTypeIsAcceptedAgain() {
        // a process that was beating a moment ago and is gone now: nothing renews this row any more
        String orphan = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO registry_sync_log (id, sync_type, trigger, status, instance_id, lease_owner, heartbeat_at) "
                + "VALUES (?::uuid, 'health', 'schedule', 'running', 'dead-host', 'gone-process', now())", orphan);
        long diedAt = System.nanoTime();

        await().atMost(Duration.ofMillis(LEASE_MS + CHECK_MS + 3000)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(status(orphan)).isEqualTo("failed"));
        long closedAfterMs = (System.nanoTime() - diedAt) / 1_000_000;

        Map<String, Object> row = jdbc.queryForMap("SELECT error_message, "
                + "EXTRACT(EPOCH FROM (completed_at - heartbeat_at)) * 1000 AS silent_ms FROM registry_sync_log WHERE id = ?::uuid", orphan);
        // not before the lease ran out, and well within the 60 s the design promises
        assertThat(((Number) row.get("silent_ms")).doubleValue()).isGreaterThanOrEqualTo(LEASE_MS);
        assertThat(closedAfterMs).isLessThan(LEASE_MS + CHECK_MS + 3000);
        assertThat((String) row.get("error_message")).contains("lease expired").contains("dead-host");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncFailed' "
                + "AND sync_id = ?::uuid", Integer.class, orphan)).isEqualTo(1);
        assertThat(EventSchemas.assertOutboxValid(jdbc, "RegistrySyncFailed")).isGreaterThanOrEqualTo(1);

        jdbc.update("UPDATE providers SET enabled = false");
        assertThat(new SyncRuns(producer, jdbc).run("health").get("status")).isEqualTo("completed");
    }

    @Test
    void aLiveSyncRunningForSeveralLeasesIsNeverClosed() {
        providers.stubFor(get(urlPathEqualTo("/l-slow/v1/models"))
                .willReturn(okJson("{\"data\":[{\"id\":\"l-slow-model-1\"}]}").withFixedDelay((int) (3 * LEASE_MS))));

        String syncId = new SyncRuns(producer, jdbc).trigger("full");
        Map<String, Object> end = new SyncRuns(producer, jdbc).awaitEnd(syncId);

        assertThat(end.get("status")).isEqualTo("completed");
        assertThat(end.get("error_message")).isNull();
        // the heartbeat kept renewing the lease while the provider took three leases to answer
        assertThat(jdbc.queryForObject("SELECT EXTRACT(EPOCH FROM (heartbeat_at - started_at)) * 1000 FROM registry_sync_log "
                + "WHERE id = ?::uuid", Double.class, syncId)).isGreaterThan(2.0 * LEASE_MS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncFailed' "
                + "AND sync_id = ?::uuid", Integer.class, syncId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM model_review_queue WHERE provider_id = 'l-slow' "
                + "AND model_id = 'l-slow-model-1'", Integer.class)).isEqualTo(1);
    }

    @Test
    void aSyncWhoseInstanceStopsBeatingIsClosedByTheSweepAndItsLateEndChangesNothing() throws Exception {
        providers.stubFor(get(urlPathEqualTo("/l-slow/v1/models"))
                .willReturn(okJson("{\"data\":[{\"id\":\"l-late-model\"}]}").withFixedDelay((int) (2 * LEASE_MS + 1500))));
        String syncId = new SyncRuns(producer, jdbc).trigger("full");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                providers.verify(1, getRequestedFor(urlPathEqualTo("/l-slow/v1/models"))));

        // the instance freezes as far as the database can tell: its heartbeat stops, the sync itself goes on
        camel.getRouteController().stopRoute("sync-heartbeat");
        try {
            await().atMost(Duration.ofMillis(LEASE_MS + CHECK_MS + 3000)).pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> assertThat(status(syncId)).isEqualTo("failed"));
            String next = new SyncRuns(producer, jdbc).trigger("full");
            assertThat(next).isNotEqualTo(syncId);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(leases.running()).doesNotContain(syncId));
        } finally {
            camel.getRouteController().startRoute("sync-heartbeat");
        }
        // the first sync's late end did not reopen or complete its row, and published no completion
        assertThat(status(syncId)).isEqualTo("failed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncCompleted' "
                + "AND sync_id = ?::uuid", Integer.class, syncId)).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM registry_sync_log WHERE sync_type = 'full' AND status = 'running'", Integer.class)).isZero());
    }

    private String status(String syncId) {
        return jdbc.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId);
    }
}
