package io.radiant.registry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radiant.registry.support.RegistryIntegrationTest;
import io.radiant.registry.support.SyncRuns;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The shared lifecycle of every sync, with the per-type work replaced by a test route: claim, background
 * run, completion and failure, each checked in the sync log and the outbox of a real database.
 */
@TestPropertySource(properties = "registry.admin-token=lifecycle-admin-token-123")
class SyncLifecycleTest extends RegistryIntegrationTest {

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;

    private static final AtomicReference<Object> outcome = new AtomicReference<>();
    private static volatile CountDownLatch gate = new CountDownLatch(0);
    private static boolean advised;

    @BeforeEach
    void replaceTheWorkOfEachSyncType() throws Exception {
        outcome.set(null);
        gate = new CountDownLatch(0);
        if (!advised) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:test-sync-work").routeId("test-sync-work").routeConfigurationId("sync-errors").process(exchange -> {
                        gate.await(10, TimeUnit.SECONDS);
                        Object result = outcome.get();
                        if (result instanceof RuntimeException e) {
                            throw e;
                        }
                        exchange.getMessage().setBody(result);
                    });
                }
            });
            AdviceWith.adviceWith(camel, "sync-run",
                    a -> a.weaveById("run-sync-type").replace().to("direct:test-sync-work"));
            advised = true;
        }
        jdbc.update("DELETE FROM event_outbox");
    }

    @Test
    void aTriggeredSyncRunsInTheBackgroundAndClosesItsLogRowWithOneCompletionEvent() throws Exception {
        SyncReport report = new SyncReport();
        report.setProvidersUpdated(3);
        report.setModelsAdded(2);
        report.setModelsUpdated(1);
        report.setModelsDeprecated(0);
        report.addError("groq: HTTP 503 after 3 attempts");
        outcome.set(report);

        Map<?, ?> answer = trigger("health");

        assertThat(answer.get("message")).isEqualTo("Sync triggered");
        assertThat(answer.get("syncType")).isEqualTo("health");
        String syncId = (String) answer.get("syncId");
        assertThat(syncId).isNotBlank();

        awaitStatus(syncId, "completed");
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT sync_type, trigger, providers_updated, models_added, models_updated, models_deprecated, "
                        + "errors, duration_ms, completed_at FROM registry_sync_log WHERE id = ?::uuid", syncId);
        assertThat(row).containsEntry("sync_type", "health").containsEntry("trigger", "api")
                .containsEntry("providers_updated", 3).containsEntry("models_added", 2)
                .containsEntry("models_updated", 1).containsEntry("models_deprecated", 0);
        assertThat(row.get("completed_at")).isNotNull();
        assertThat((Integer) row.get("duration_ms")).isNotNegative();

        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT detail_type, detail::text AS detail, sync_id::text AS sync_id FROM event_outbox");
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsEntry("detail_type", "RegistrySyncCompleted").containsEntry("sync_id", syncId);
        JsonNode detail = new ObjectMapper().readTree((String) events.get(0).get("detail"));
        assertThat(detail.get("syncId").asText()).isEqualTo(syncId);
        assertThat(detail.get("syncType").asText()).isEqualTo("health");
        assertThat(detail.get("providersUpdated").asInt()).isEqualTo(3);
        assertThat(detail.get("modelsAdded").asInt()).isEqualTo(2);
        assertThat(detail.get("modelsUpdated").asInt()).isEqualTo(1);
        assertThat(detail.get("modelsDeprecated").asInt()).isZero();
        assertThat(detail.get("durationMs").isInt()).isTrue();
        assertThat(detail.get("errors").get(0).asText()).isEqualTo("groq: HTTP 503 after 3 attempts");
    }

    @Test
    void aSecondTriggerOfTheSameTypeIsRefusedWithTheRunningSyncIdUntilTheFirstEnds() throws Exception {
        gate = new CountDownLatch(1);
        outcome.set(new SyncReport());
        String first = (String) trigger("pricing").get("syncId");

        assertThatThrownBy(() -> trigger("pricing"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(SyncAlreadyRunningException.class)
                .satisfies(e -> assertThat(((SyncAlreadyRunningException) e).runningSyncId()).isEqualTo(first));
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM registry_sync_log WHERE sync_type = 'pricing'", Integer.class)).isEqualTo(1);

        gate.countDown();
        awaitStatus(first, "completed");
        String second = (String) trigger("pricing").get("syncId");
        assertThat(second).isNotEqualTo(first);
        awaitStatus(second, "completed");
    }

    @Test
    void theTriggerLetsTheAlreadyRunningRefusalReachItsCallerUnhandled() throws Exception {
        gate = new CountDownLatch(1);
        outcome.set(new SyncReport());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:test-caller").routeId("test-caller")
                        .onException(SyncAlreadyRunningException.class).handled(true)
                            .setBody(simple("409 ${exception.runningSyncId}")).end()
                        .to("direct:sync-trigger");
            }
        });
        String first = (String) trigger("full").get("syncId");

        Object answer = camel.createFluentProducerTemplate().to("direct:test-caller")
                .withVariables(Map.of("syncType", "full", "syncTrigger", "api")).request();

        assertThat(answer).isEqualTo("409 " + first);
        gate.countDown();
        awaitStatus(first, "completed");
    }

    @Test
    void aSyncThatThrowsIsClosedAsFailedWithoutItsSecretsAndEmitsAFailureEvent() {
        outcome.set(new IllegalStateException(
                "GET https://example.test/v1/models?key=AIzaSECRETSECRET failed; Authorization: Bearer sk-live-abcdef123456"));

        String syncId = (String) trigger("thermal").get("syncId");

        awaitStatus(syncId, "failed");
        String message = jdbc.queryForObject(
                "SELECT error_message FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId);
        assertThat(message).contains("failed").doesNotContain("AIzaSECRETSECRET").doesNotContain("sk-live-abcdef123456");
        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT detail_type, detail::text AS detail FROM event_outbox WHERE sync_id = ?::uuid", syncId);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("detail_type")).isEqualTo("RegistrySyncFailed");
        assertThat((String) events.get(0).get("detail")).doesNotContain("AIzaSECRETSECRET");
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM registry_sync_log WHERE status = 'running'", Integer.class)).isZero();
    }

    private Map<?, ?> trigger(String syncType) {
        return SyncRuns.request(producer, Map.of("syncType", syncType, "syncTrigger", "api"));
    }

    private void awaitStatus(String syncId, String status) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId)).isEqualTo(status));
    }
}
