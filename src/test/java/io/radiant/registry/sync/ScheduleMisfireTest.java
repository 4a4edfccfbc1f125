package io.radiant.registry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.radiant.registry.sync.ScheduleFiringLog.Firing;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

/**
 * The misfire rule (docs/sync.md "Schedules"): a firing missed while every instance was down runs once when the
 * first instance starts again — the daily full sync once, not once per missed day; the 5-minute health sync once,
 * not once per missed five minutes — and the schedule then goes on from its next regular time.
 */
class ScheduleMisfireTest {

    private static final String FULL_CRON = "0 0 0 * * ?";
    private static final String HEALTH_CRON = "0 0/5 * * * ?";

    @Test
    void syncsMissedWhileEveryInstanceWasDownRunOnceAtTheNextStart() throws Exception {
        Map<String, String> productionSchedules = Map.of(
                "registry.schedule.full-cron", FULL_CRON,
                "registry.schedule.health-cron", HEALTH_CRON);
        try (RegistryInstances instances = RegistryInstances.onFreshDatabase("schedule_misfire")) {
            instances.start("node-a", productionSchedules).close();
            // every instance stayed down for days: three daily full syncs and twelve health syncs were missed
            Instant stoppedAt = Instant.now();
            moveNextFireTime(instances, "full", stoppedAt.minus(Duration.ofDays(3)));
            moveNextFireTime(instances, "health", stoppedAt.minus(Duration.ofHours(1)));

            instances.start("node-a", productionSchedules);
            await().atMost(Duration.ofSeconds(60)).until(() -> scheduledRuns(instances, "full") >= 1
                    && scheduledRuns(instances, "health") >= 1);
            // a catch-up of the other missed firings would come straight after the first one
            Thread.sleep(5000);
            String log = instances.allLogs();

            assertRanOnceForTheMissedFirings(firings(log, "full"), FULL_CRON, stoppedAt);
            assertRanOnceForTheMissedFirings(firings(log, "health"), HEALTH_CRON, stoppedAt);
            assertThat(scheduledRuns(instances, "full")).isEqualTo(firings(log, "full").size());
            // and the daily schedule goes on from its next regular time
            long nextFull = instances.jdbc().queryForObject("SELECT next_fire_time FROM qrtz_triggers "
                    + "WHERE trigger_group = 'registry-sync' AND trigger_name = 'full'", Long.class);
            assertThat(new Date(nextFull)).isEqualTo(cron(FULL_CRON).getNextValidTimeAfter(new Date()));
            assertThat(log).doesNotContain("JobExecutionException").doesNotContain("could not be handed over");
        }
    }

    /**
     * Exactly one firing off the cron's own times — the one that stands for all the missed ones; any other firing
     * is a regular one that came due while the test ran, after it.
     */
    private static void assertRanOnceForTheMissedFirings(List<Firing> firings, String cronExpression, Instant stoppedAt)
            throws ParseException {
        CronExpression cron = cron(cronExpression);
        List<Firing> missedOnes = firings.stream().filter(f -> !cron.isSatisfiedBy(Date.from(f.due()))).toList();
        assertThat(missedOnes).as("firings for the missed times of %s", cronExpression).hasSize(1);
        Instant ranAt = missedOnes.get(0).due();
        assertThat(ranAt).isAfter(stoppedAt);
        assertThat(missedOnes.get(0).startedSync()).isTrue();
        assertThat(firings).filteredOn(f -> cron.isSatisfiedBy(Date.from(f.due())))
                .allSatisfy(regular -> assertThat(regular.due()).isAfter(ranAt));
    }

    private static List<Firing> firings(String log, String syncType) {
        return ScheduleFiringLog.firings(log, syncType);
    }

    private static CronExpression cron(String expression) throws ParseException {
        CronExpression cron = new CronExpression(expression);
        cron.setTimeZone(TimeZone.getTimeZone("UTC"));
        return cron;
    }

    private static void moveNextFireTime(RegistryInstances instances, String job, Instant nextFireTime) {
        assertThat(instances.jdbc().update("UPDATE qrtz_triggers SET next_fire_time = ? "
                + "WHERE trigger_group = 'registry-sync' AND trigger_name = ?", nextFireTime.toEpochMilli(), job)).isEqualTo(1);
    }

    private static int scheduledRuns(RegistryInstances instances, String syncType) {
        return instances.jdbc().queryForObject("SELECT COUNT(*) FROM registry_sync_log WHERE sync_type = ? "
                + "AND trigger = 'schedule' AND status <> 'running'", Integer.class, syncType);
    }
}
