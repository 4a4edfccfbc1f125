package io.radiant.registry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.radiant.registry.support.RegistryIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A firing that cannot be handed to direct:sync-trigger — here the database refuses the claim of its sync — is
 * not lost: it is logged as such (a warning, no stack trace), kept as one retry trigger in the clustered job
 * store, tried again while it fails, and run once the claim succeeds.
 */
@TestPropertySource(properties = "registry.schedule.retry-delay=1s")
class ScheduleRetryTest extends RegistryIntegrationTest {

    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger syncLogger = (Logger) LoggerFactory.getLogger("io.radiant.registry.sync");

    @BeforeEach
    void captureTheSyncLog() {
        jdbc.update("UPDATE providers SET enabled = false");
        log.start();
        syncLogger.setLevel(Level.INFO);
        syncLogger.addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        syncLogger.detachAppender(log);
        jdbc.execute("DROP TRIGGER IF EXISTS refuse_health_claims ON registry_sync_log");
    }

    @Test
    void aFiringWhoseSyncCannotBeClaimedIsRetriedUntilItRuns() throws Exception {
        jdbc.execute("CREATE OR REPLACE FUNCTION refuse_claims() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'claims refused for this test'; END $$");
        jdbc.execute("CREATE TRIGGER refuse_health_claims BEFORE INSERT ON registry_sync_log FOR EACH ROW "
                + "WHEN (NEW.sync_type = 'health') EXECUTE FUNCTION refuse_claims()");

        scheduler.triggerJob(JobKey.jobKey("health", ScheduledFirings.SCHEDULE_GROUP));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages())
                .anyMatch(m -> m.startsWith("Scheduled health sync due") && m.contains("could not be handed over")
                        && m.contains("claims refused for this test") && m.contains("retried in 1s by any instance")));
        // still refused: the one retry fires again and again, and stays the only one
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages())
                .anyMatch(m -> m.contains("still could not be handed over")));
        assertThat(retryTriggers()).isEqualTo(1);
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .allSatisfy(e -> assertThat(e.getThrowableProxy()).as("a stack trace in: %s", e.getFormattedMessage()).isNull());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log WHERE sync_type = 'health'", Integer.class))
                .isZero();

        jdbc.execute("DROP TRIGGER refuse_health_claims ON registry_sync_log");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.queryForList("SELECT status FROM registry_sync_log WHERE sync_type = 'health' "
                    + "AND trigger = 'schedule'", String.class)).containsExactly("completed");
            assertThat(retryTriggers()).isZero();
        });
        assertThat(messages()).anyMatch(m -> m.contains("handed over") && m.contains("by the retry; its pending retry is done"));
        // no further run comes from the finished retry
        Thread.sleep(2500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_sync_log WHERE sync_type = 'health'", Integer.class))
                .isEqualTo(1);
    }

    private int retryTriggers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_group = ?", Integer.class,
                ScheduledFirings.RETRY_GROUP);
    }

    private java.util.List<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
