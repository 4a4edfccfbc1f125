package io.radiant.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.apache.camel.FluentProducerTemplate;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.service.ServiceHelper;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starts a sync through the lifecycle's direct:sync-trigger and waits until its log row is closed. */
public final class SyncRuns {

    private final ProducerTemplate producer;
    private final JdbcTemplate jdbc;

    public SyncRuns(ProducerTemplate producer, JdbcTemplate jdbc) {
        this.producer = producer;
        this.jdbc = jdbc;
    }

    public String trigger(String syncType) {
        Map<?, ?> answer = request(producer, Map.of("syncType", syncType, "syncTrigger", "api"));
        return (String) answer.get("syncId");
    }

    /**
     * Sends a request to direct:sync-trigger, whose request is the variables syncType, syncTrigger and optionally
     * syncDispatch, and returns its answer {message, syncType, syncId}; a refusal is thrown as by
     * {@link ProducerTemplate#requestBody}.
     */
    public static Map<?, ?> request(ProducerTemplate producer, Map<String, Object> variables) {
        FluentProducerTemplate fluent = producer.getCamelContext().createFluentProducerTemplate();
        try {
            return fluent.to("direct:sync-trigger").withVariables(variables).request(Map.class);
        } finally {
            ServiceHelper.stopService(fluent);
        }
    }

    /** Triggers a sync and returns its log row once it is no longer running. */
    public Map<String, Object> run(String syncType) {
        String syncId = trigger(syncType);
        return awaitEnd(syncId);
    }

    public Map<String, Object> awaitEnd(String syncId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid",
                        String.class, syncId)).isNotEqualTo("running"));
        return jdbc.queryForMap("SELECT id::text AS id, sync_type, status, providers_updated, models_added, "
                + "models_updated, models_deprecated, array_to_string(errors, '\n') AS errors, details::text AS details, "
                + "error_message FROM registry_sync_log WHERE id = ?::uuid", syncId);
    }
}
