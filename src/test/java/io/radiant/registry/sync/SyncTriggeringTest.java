package io.radiant.registry.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.radiant.registry.support.AwsStandIn;
import io.radiant.registry.support.CapturedLogs;
import io.radiant.registry.support.EventSchemas;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** How syncs get started: the Quartz schedules, the Lambda dispatch, and the recovery of abandoned syncs. */
@TestPropertySource(properties = {
        "registry.sync.lease.check-interval=300ms",
        "registry.sync.lease.duration=10m",
        "registry.sync.lambda-function=registry-sync-test"
})
class SyncTriggeringTest extends RegistryIntegrationTest {

    @RegisterExtension
    static final WireMockExtension aws = AwsStandIn.extension();

    static {
        AwsStandIn.credentials("test-access-key", "test-secret-key");
    }

    @DynamicPropertySource
    static void awsEndpoint(DynamicPropertyRegistry registry) {
        AwsStandIn.endpoint(registry, aws);
    }

    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;

    @BeforeEach
    void noProviders() {
        // a health sync of no provider completes at once and calls nobody
        jdbc.update("UPDATE providers SET enabled = false");
    }

    @Test
    void theFourSchedulesAreClusteredQuartzCronTriggersInUtc() throws Exception {
        List<Map<String, Object>> crons = jdbc.queryForList(
                "SELECT trigger_name, trigger_group, cron_expression, time_zone_id FROM qrtz_cron_triggers ORDER BY trigger_name");

        assertThat(crons).extracting(r -> r.get("trigger_name")).containsExactly("full", "health", "pricing", "thermal");
        assertThat(crons).allSatisfy(r -> {
            assertThat(r.get("trigger_group")).isEqualTo("registry-sync");
            assertThat(r.get("time_zone_id")).isEqualTo("UTC");
            assertThat(r.get("cron_expression")).isEqualTo("0 0 0 1 1 ? 2099"); // the test override, from the property
        });
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().getJobStoreClass().getSimpleName()).isEqualTo("LocalDataSourceJobStore");
    }

    @Test
    void aScheduleFiringStartsItsSyncAndIsANoOpWhileOneOfThatTypeRuns() throws Exception {
        scheduler.triggerJob(JobKey.jobKey("health", "registry-sync"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT status FROM registry_sync_log WHERE sync_type = 'health' AND trigger = 'schedule'", String.class))
                .containsExactly("completed"));

        // a sync of that type is running: the next firing logs and does nothing
        String running = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO registry_sync_log (id, sync_type, trigger, status) VALUES (?::uuid, 'pricing', 'api', 'running')",
                running);
        try (CapturedLogs routeLog = CapturedLogs.start()) {
            scheduler.triggerJob(JobKey.jobKey("pricing", "registry-sync"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(routeLog.events())
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(m -> m.startsWith("No new pricing sync (schedule)") && m.contains(running)));
        }
        assertThat(jdbc.queryForList("SELECT id::text FROM registry_sync_log WHERE sync_type = 'pricing'", String.class))
                .containsExactly(running);
        jdbc.update("UPDATE registry_sync_log SET status = 'completed' WHERE id = ?::uuid", running);
    }

    @Test
    void lambdaDispatchInvokesTheSyncFunctionAsynchronouslyWithTheSpecsPayloadAndRunsNothingHere() {
        aws.stubFor(post(urlEqualTo("/2015-03-31/functions/registry-sync-test/invocations"))
                .withHeader("X-Amz-Invocation-Type", equalTo("Event"))
                .willReturn(aResponse().withStatus(202)));
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log", Integer.class);

        Map<?, ?> answer = SyncRuns.request(producer, Map.of("syncType", "pricing", "syncTrigger", "api", "syncDispatch", "lambda"));

        assertThat(answer.get("syncType")).isEqualTo("pricing");
        assertThat(answer.get("syncId")).isNull();
        assertThat(answer.get("message")).isEqualTo("Sync dispatched to Lambda function registry-sync-test");
        aws.verify(1, postRequestedFor(urlEqualTo("/2015-03-31/functions/registry-sync-test/invocations"))
                .withHeader("X-Amz-Invocation-Type", equalTo("Event"))
                .withRequestBody(equalToJson("{\"syncType\":\"pricing\"}")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log", Integer.class)).isEqualTo(before);
    }

    @Test
    void aSyncLeftRunningByADeadInstanceIsClosedAsFailedAndItsTypeRunsAgain() {
        String abandoned = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO registry_sync_log (id, sync_type, trigger, status, started_at, instance_id) "
                + "VALUES (?::uuid, 'full', 'schedule', 'running', now() - interval '3 hours', 'dead-host')", abandoned);
        jdbc.update("INSERT INTO registry_sync_log (id, sync_type, trigger, status, started_at, instance_id) "
                + "VALUES (?::uuid, 'thermal', 'schedule', 'running', now() - interval '1 minute', 'live-host')", recent);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, abandoned)).isEqualTo("failed"));

        assertThat(jdbc.queryForObject("SELECT error_message FROM registry_sync_log WHERE id = ?::uuid", String.class, abandoned))
                .contains("abandoned").contains("dead-host");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE detail_type = 'RegistrySyncFailed' "
                + "AND sync_id = ?::uuid", Integer.class, abandoned)).isEqualTo(1);
        assertThat(EventSchemas.assertOutboxValid(jdbc, "RegistrySyncFailed")).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, recent))
                .isEqualTo("running");
        jdbc.update("UPDATE registry_sync_log SET status = 'completed' WHERE id = ?::uuid", recent);

        Map<String, Object> next = new SyncRuns(producer, jdbc).run("full");
        assertThat(next.get("status")).isEqualTo("completed");
    }
}
