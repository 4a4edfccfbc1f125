package io.radiant.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
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
        Map<?, ?> answer = producer.requestBodyAndHeaders("direct:sync-trigger", null,
                Map.of("syncType", syncType, "syncTrigger", "api"), Map.class);
        return (String) answer.get("syncId");
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
