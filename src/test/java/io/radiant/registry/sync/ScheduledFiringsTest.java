package io.radiant.registry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * {@link ScheduledFirings} on a real (in-memory) Quartz scheduler, without Camel: a job stands in for the
 * schedule route and hands its firing over, or not, as the test says.
 */
class ScheduledFiringsTest {

    /** Whether the stand-in route hands the firing over; counts the firings it saw. */
    static final AtomicBoolean HAND_OVER = new AtomicBoolean();
    static final AtomicInteger FIRINGS = new AtomicInteger();

    public static class StandInRoute implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            FIRINGS.incrementAndGet();
            if (HAND_OVER.get()) {
                ((ScheduledFirings) context.getMergedJobDataMap().get("firings")).handedOver(context.getMergedJobDataMap());
            }
        }
    }

    private final ScheduledFirings firings = new ScheduledFirings(Duration.ofMillis(300));
    private final JobKey health = JobKey.jobKey("health", ScheduledFirings.SCHEDULE_GROUP);
    private final TriggerKey retry = TriggerKey.triggerKey("health", ScheduledFirings.RETRY_GROUP);
    private Scheduler scheduler;

    @BeforeEach
    void scheduler() throws Exception {
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "scheduled-firings-test");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
        scheduler.getListenerManager().addJobListener(firings);
        scheduler.addJob(JobBuilder.newJob(StandInRoute.class).withIdentity(health).storeDurably()
                .usingJobData(new JobDataMap(Map.of("firings", firings))).build(), false);
        HAND_OVER.set(false);
        FIRINGS.set(0);
        scheduler.start();
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdown(true);
    }

    @Test
    void aFiringNotHandedOverGetsOneRetryThatRepeatsUntilAFiringIsHandedOver() throws Exception {
        scheduler.triggerJob(health);
        await().atMost(Duration.ofSeconds(5)).until(() -> scheduler.checkExists(retry));
        Trigger pending = scheduler.getTrigger(retry);
        assertThat(pending.getJobKey()).isEqualTo(health);

        // more firings that fail while the retry is pending do not add retries, and the retry keeps firing
        scheduler.triggerJob(health);
        await().atMost(Duration.ofSeconds(5)).until(() -> FIRINGS.get() >= 4);
        assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(
                ScheduledFirings.RETRY_GROUP))).containsExactly(retry);

        HAND_OVER.set(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> !scheduler.checkExists(retry));
        int afterHandOver = FIRINGS.get();
        Thread.sleep(1000);
        assertThat(FIRINGS.get()).isEqualTo(afterHandOver);
    }

    @Test
    void aHandedOverFiringLeavesNothingBehind() throws Exception {
        HAND_OVER.set(true);
        scheduler.triggerJob(health);
        await().atMost(Duration.ofSeconds(5)).until(() -> FIRINGS.get() == 1);
        Thread.sleep(500);
        assertThat(scheduler.checkExists(retry)).isFalse();
    }

    @Test
    void theDueTimeOfARetryIsThatOfTheFiringItStandsFor() {
        Instant missed = Instant.parse("2026-12-01T00:00:00Z");
        Date retryFiredAt = Date.from(Instant.parse("2026-12-01T00:00:10Z"));
        assertThat(firings.dueAt(Map.of(ScheduledFirings.FIRST_MISSED_AT, missed.toEpochMilli()), retryFiredAt)).isEqualTo(missed);
        assertThat(firings.dueAt(Map.of(), retryFiredAt)).isEqualTo(retryFiredAt.toInstant());
    }
}
