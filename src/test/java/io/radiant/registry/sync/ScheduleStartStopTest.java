package io.radiant.registry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.radiant.registry.sync.ScheduleFiringLog.Firing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Black box: instances started and stopped while the health schedule is due every second. An
 * instance restarts on a job store whose trigger is due at once, and a second instance joins while the first
 * runs, then the first one stops. Every due second of the schedule must be handed to direct:sync-trigger exactly
 * once across the two — none lost in a start, a stop or the hand-over between instances — and no start may log a
 * failed job.
 */
class ScheduleStartStopTest {

    @Test
    void startingAndStoppingInstancesLosesNoFiringAndRunsEachOnce() {
        Map<String, String> everySecond = Map.of(
                "registry.schedule.health-cron", "* * * * * ?",
                // every missed second is still caught up after a slow start on a busy machine; the misfire rule
                // itself is ScheduleMisfireTest's
                "spring.quartz.properties.org.quartz.jobStore.misfireThreshold", "600000");
        try (RegistryInstances instances = RegistryInstances.onFreshDatabase("schedule_start_stop")) {
            RegistryInstances.Instance a = instances.start("node-a", everySecond);
            awaitMoreFirings(instances, 3);
            a.close();
            sleep(Duration.ofSeconds(3)); // due while no instance runs: the next start finds the trigger due at once

            RegistryInstances.Instance restartedA = instances.start("node-a", everySecond);
            awaitMoreFirings(instances, 3);
            RegistryInstances.Instance b = instances.start("node-b", everySecond);
            await().atMost(Duration.ofSeconds(60)).until(() -> instances.jdbc().queryForObject(
                    "SELECT COUNT(*) FROM qrtz_scheduler_state", Integer.class) == 2);
            awaitMoreFirings(instances, 5);
            // the first instance goes away while the second runs: the second takes the schedule over
            restartedA.close();
            awaitMoreFirings(instances, 3);
            b.close();

            String log = instances.allLogs();
            assertThat(log).doesNotContain("JobExecutionException").doesNotContain("Failed to execute CamelJob");

            List<Firing> firings = firings(log);
            List<Instant> dues = firings.stream().map(Firing::due).sorted().toList();
            assertThat(dues).as("firings handed over more than once").doesNotHaveDuplicates();
            // a firing that camel-quartz did not pass to the route (one acquired just before an instance stops runs
            // while Camel stops its routes) is logged and left to its retry: a later firing of the type makes the
            // retry unnecessary (one sync run covers both); after the last stop the retry waits in the job store
            List<Instant> notHandedOver = ScheduleFiringLog.notHandedOver(log, "health");
            int pendingRetries = instances.jdbc().queryForObject("SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_group = ?",
                    Integer.class, ScheduledFirings.RETRY_GROUP);
            boolean lastOneLeftToItsRetry = notHandedOver.stream().max(Comparator.naturalOrder())
                    .map(latest -> dues.stream().noneMatch(due -> due.isAfter(latest))).orElse(false);
            assertThat(pendingRetries).as("retries left pending").isEqualTo(lastOneLeftToItsRetry ? 1 : 0);
            TreeSet<Instant> coveredOnce = new TreeSet<>(dues);
            coveredOnce.addAll(notHandedOver); // a retry that ran logs the due time of the firing it stands for
            List<Instant> covered = List.copyOf(coveredOnce);
            Instant first = covered.get(0);
            Instant last = covered.get(covered.size() - 1);
            List<Instant> everyDueSecond = new ArrayList<>();
            for (Instant t = first; !t.isAfter(last); t = t.plusSeconds(1)) {
                everyDueSecond.add(t);
            }
            assertThat(covered).as("every second from the first firing to the last, once").containsExactlyElementsOf(everyDueSecond);
            // nothing was taken from the job store at the last stop without being handed over: the trigger waits
            // for the second after the last firing seen
            long nextFire = instances.jdbc().queryForObject("SELECT next_fire_time FROM qrtz_triggers "
                    + "WHERE trigger_group = 'registry-sync' AND trigger_name = 'health'", Long.class);
            assertThat(Instant.ofEpochMilli(nextFire)).isEqualTo(last.plusSeconds(1));

            assertThat(firings).extracting(Firing::instance).contains("node-a", "node-b");
            // the sync log agrees: one scheduled health sync per firing that started one
            assertThat(instances.jdbc().queryForObject("SELECT COUNT(*) FROM registry_sync_log WHERE sync_type = 'health' "
                    + "AND trigger = 'schedule'", Integer.class))
                    .isEqualTo((int) firings.stream().filter(Firing::startedSync).count());
        }
    }

    private static void awaitMoreFirings(RegistryInstances instances, int more) {
        int seen = firings(instances.allLogs()).size();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> firings(instances.allLogs()).size() >= seen + more);
    }

    private static List<Firing> firings(String log) {
        return ScheduleFiringLog.firings(log, "health");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
